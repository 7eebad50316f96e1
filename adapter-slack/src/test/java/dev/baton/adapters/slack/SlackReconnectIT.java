package dev.baton.adapters.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.adapters.slack.testing.FakeSlack;
import dev.baton.adapters.slack.testing.SignedRequests;
import dev.baton.adapters.slack.testing.SlackPayloads;
import dev.baton.chat.Backoff;
import dev.baton.chat.ChatEvent;
import dev.baton.chat.ConnectionStatus;
import dev.baton.chat.testing.RecordingConnections;
import dev.baton.chat.testing.RecordingHub;
import dev.baton.protocol.json.Json;
import dev.baton.testing.Eventually;
import dev.baton.testing.FreePort;
import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Slack that cannot be reached at start (nothing listens on its port yet) is tried again in the background and
 * connects by itself once it listens; a token Slack refuses is an error at start. Both modes, real Bolt.
 */
class SlackReconnectIT {
    static final String CHANNEL = "C0GENERAL";
    static final SlackOptions.Tuning QUICK = SlackServer.FAST.withReconnect(
            new Backoff(Duration.ofMillis(50), Duration.ofMillis(250)));
    @TempDir
    Path tmp;

    SlackOptions socketMode(String apiUrl, String botToken, String appToken) {
        return new SlackOptions(botToken, Optional.empty(), Optional.of(appToken), apiUrl, Set.of(), Set.of(), Map.of(),
                tmp.resolve("slack.db"), QUICK);
    }

    SlackOptions httpMode(String apiUrl, String botToken) {
        return new SlackOptions(botToken, Optional.of(SlackServer.SECRET), Optional.empty(), apiUrl, Set.of(), Set.of(),
                Map.of(), tmp.resolve("slack.db"), QUICK);
    }

    @Test
    void socket_mode_started_while_slack_is_unreachable_connects_by_itself_once_slack_listens() {
        int port = FreePort.pick();
        RecordingHub hub = new RecordingHub();
        RecordingConnections seen = new RecordingConnections();
        try (SlackChat chat = SlackChat.open(socketMode("http://127.0.0.1:" + port + "/api/", "xoxb-test-token",
                "xapp-test-token"), Clock.systemUTC())) {
            chat.connect(hub);
            chat.watch(seen);
            ConnectionStatus.Connecting down = assertInstanceOf(ConnectionStatus.Connecting.class, chat.start());
            assertTrue(down.reason().contains("cannot reach Slack at http://127.0.0.1:" + port), down.reason());

            try (FakeSlack fake = FakeSlack.startOn(port)) {
                Eventually.await("the socket to connect", fake::socketConnected);
                Eventually.await("the status to say connected",
                        () -> chat.status() instanceof ConnectionStatus.Connected);
                String command = fake.envelope("slash_commands", Json.write(
                        SlackPayloads.slashCommand("U0ANA", CHANNEL, "ls", fake.responseUrl("s1"))));
                Eventually.await("the command's ack", () -> fake.acked(command));
                Eventually.await("the command", () -> hub.last(ChatEvent.Command.class).isPresent());
                assertEquals("ls", hub.last(ChatEvent.Command.class).orElseThrow().text());
            }
        }
        assertEquals("Connecting", seen.kinds().getFirst());
        assertTrue(seen.kinds().contains("Connected"), seen.kinds().toString());
    }

    @Test
    void a_dropped_socket_mode_connection_shows_as_not_connected_until_bolt_has_reconnected() {
        RecordingConnections seen = new RecordingConnections();
        try (FakeSlack fake = FakeSlack.start();
             SlackChat chat = SlackChat.open(socketMode(fake.apiUrl(), "xoxb-test-token", "xapp-test-token"),
                     Clock.systemUTC())) {
            chat.connect(new RecordingHub());
            chat.watch(seen);
            assertInstanceOf(ConnectionStatus.Connected.class, chat.start());
            Eventually.await("the socket to connect", fake::socketConnected);
            fake.dropSockets();
            Eventually.await("the drop to be reported", () -> seen.kinds().contains("Connecting"));
            Eventually.await("Bolt to reconnect", Duration.ofSeconds(30), () -> fake.socketsOpened() >= 2
                    && chat.status() instanceof ConnectionStatus.Connected);
            assertEquals(java.util.List.of("Connected", "Connecting", "Connected"), seen.kinds());
            ConnectionStatus.Connecting lost = (ConnectionStatus.Connecting) seen.seen.stream()
                    .filter(ConnectionStatus.Connecting.class::isInstance).findFirst().orElseThrow();
            assertTrue(lost.reason().contains("Socket Mode connection closed (1011"), lost.reason());
            assertEquals(Optional.empty(), lost.nextAttempt(), "Bolt, not Baton, schedules the reconnect");
        }
    }

    @Test
    void http_mode_started_while_slack_is_unreachable_connects_by_itself_and_then_serves_slash_commands() {
        int port = FreePort.pick();
        RecordingHub hub = new RecordingHub();
        try (SlackChat chat = SlackChat.open(httpMode("http://127.0.0.1:" + port + "/api/", "xoxb-test-token"),
                Clock.systemUTC())) {
            chat.connect(hub);
            Javalin server = Javalin.create(cfg -> {
                cfg.startup.showJavalinBanner = false;
                chat.routes(cfg);
            }).start("127.0.0.1", 0);
            try {
                assertInstanceOf(ConnectionStatus.Connecting.class, chat.start());
                try (FakeSlack fake = FakeSlack.startOn(port)) {
                    Eventually.await("the status to say connected",
                            () -> chat.status() instanceof ConnectionStatus.Connected);
                    HttpResponse<String> r = new SignedRequests(server.port(), SlackServer.SECRET).slashCommand(
                            SlackPayloads.slashCommand("U0ANA", CHANNEL, "ls", fake.responseUrl("r1")));
                    assertEquals(200, r.statusCode(), r.body());
                    Eventually.await("the command", () -> hub.last(ChatEvent.Command.class).isPresent());
                }
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void a_bot_token_slack_refuses_is_an_error_at_start_and_is_not_retried() {
        try (FakeSlack fake = FakeSlack.start().refuse("xoxb-revoked");
             SlackChat chat = SlackChat.open(httpMode(fake.apiUrl(), "xoxb-revoked"), Clock.systemUTC())) {
            SlackException e = assertThrows(SlackException.class, chat::start);
            assertEquals("cannot start the Slack adapter (HTTP mode): Slack refused the bot token (invalid_auth)",
                    e.getMessage());
            assertInstanceOf(ConnectionStatus.Refused.class, chat.status());
        }
    }

    @Test
    void an_app_token_slack_refuses_is_an_error_at_start_of_socket_mode() {
        try (FakeSlack fake = FakeSlack.start().refuse("xapp-revoked");
             SlackChat chat = SlackChat.open(socketMode(fake.apiUrl(), "xoxb-test-token", "xapp-revoked"),
                     Clock.systemUTC())) {
            SlackException e = assertThrows(SlackException.class, chat::start);
            assertEquals("cannot start the Slack adapter (Socket Mode): Slack refused the app token (invalid_auth)",
                    e.getMessage());
            assertTrue(!fake.socketConnected());
        }
    }
}
