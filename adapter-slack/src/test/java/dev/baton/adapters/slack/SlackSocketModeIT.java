package dev.baton.adapters.slack;

import dev.baton.chat.testing.RecordingHub;
import dev.baton.testing.Eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.baton.adapters.slack.testing.FakeSlack;
import dev.baton.adapters.slack.testing.SlackPayloads;
import dev.baton.chat.ChatEvent;
import dev.baton.protocol.json.Json;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Socket Mode: Bolt dials the fake's WebSocket ({@code apps.connections.open}) and handles envelopes. */
class SlackSocketModeIT {
    static final String CHANNEL = "C0GENERAL";
    @TempDir
    Path tmp;

    @Test
    void a_slash_command_and_a_thread_reply_work_over_socket_mode_and_every_envelope_is_acked() {
        try (FakeSlack fake = FakeSlack.start().user("U0ANA", "Ana")) {
            RecordingHub hub = new RecordingHub();
            SlackOptions options = new SlackOptions("xoxb-test-token", Optional.empty(), Optional.of("xapp-test-token"),
                    fake.apiUrl(), Set.of(), Set.of(), Map.of(), tmp.resolve("slack.db"), SlackServer.FAST);
            try (SlackChat chat = SlackChat.open(options, Clock.systemUTC())) {
                chat.connect(hub);
                chat.start();
                Eventually.await("the socket to connect", fake::socketConnected);
                assertEquals("xapp-test-token", fake.calls("apps.connections.open").getFirst().param("_token"));

                String command = fake.envelope("slash_commands", Json.write(
                        SlackPayloads.slashCommand("U0ANA", CHANNEL, "run over-socket", fake.responseUrl("s1"))));
                Eventually.await("the command's ack", () -> fake.acked(command));
                String thread = fake.await("chat.postMessage", 1, Duration.ofSeconds(10)).getFirst().param("_ts");

                String reply = fake.envelope("events_api", SlackPayloads.eventCallback("EvS1",
                        SlackPayloads.message(CHANNEL, "U0ANA", "hello &amp; welcome", "1700000009.000100", thread)));
                Eventually.await("the reply's ack", () -> fake.acked(reply));
                Eventually.await("the reply", () -> hub.last(ChatEvent.Reply.class).isPresent());
                ChatEvent.Reply r = hub.last(ChatEvent.Reply.class).orElseThrow();
                assertEquals("hello & welcome", r.text());
                assertEquals("Ana", r.user().name());
                assertEquals(thread, r.message().thread().id());

                String press = fake.envelope("interactive", SlackPayloads.blockAction("U0ANA", CHANNEL, thread,
                        "baton:kill", "over-socket"));
                Eventually.await("the button's ack", () -> fake.acked(press));
                Eventually.await("the button", () -> hub.last(ChatEvent.Button.class).isPresent());
                assertEquals("kill", hub.last(ChatEvent.Button.class).orElseThrow().action());
            }
        }
    }
}
