package dev.baton.adapters.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.adapters.discord.testing.FakeDiscord;
import dev.baton.chat.Backoff;
import dev.baton.chat.ChatEvent;
import dev.baton.chat.ConnectionStatus;
import dev.baton.chat.Identity;
import dev.baton.chat.testing.RecordingConnections;
import dev.baton.chat.testing.RecordingHub;
import dev.baton.testing.Eventually;
import dev.baton.testing.FreePort;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A Discord that cannot be reached at start (nothing listens on its port yet) is tried again in the background and
 * the real JDA connects by itself once it listens; a token Discord refuses (401) is an error at start.
 */
class DiscordReconnectIT {
    static final DiscordOptions.Tuning QUICK = new DiscordOptions.Tuning(Duration.ofSeconds(20),
            Duration.ofSeconds(10), 100, 100, new Backoff(Duration.ofMillis(100), Duration.ofMillis(500)));

    static DiscordOptions at(int port) {
        return new DiscordOptions("fake-bot-token", Set.of(FakeDiscord.GUILD), Set.of(), Set.of(),
                Map.of(FakeDiscord.ANA, new Identity("Ana Lima", Optional.empty(), Optional.empty())),
                "http://127.0.0.1:" + port + "/api/v10/", Optional.of("ws://127.0.0.1:" + port + "/gateway"))
                .withTuning(QUICK);
    }

    @Test
    void started_while_discord_is_unreachable_it_connects_by_itself_once_discord_listens() {
        int port = FreePort.pick();
        RecordingHub hub = new RecordingHub();
        RecordingConnections seen = new RecordingConnections();
        try (DiscordChat chat = DiscordChat.open(at(port), Clock.systemUTC())) {
            chat.connect(hub);
            chat.watch(seen);
            long t0 = System.nanoTime();
            ConnectionStatus.Connecting down = assertInstanceOf(ConnectionStatus.Connecting.class, chat.start());
            assertTrue(down.reason().contains("cannot reach Discord at http://127.0.0.1:" + port), down.reason());
            assertTrue(System.nanoTime() - t0 < Duration.ofSeconds(15).toNanos(), "start does not wait for Discord");

            try (FakeDiscord fake = FakeDiscord.startOn(port)) {
                Eventually.await("the status to say connected", Duration.ofSeconds(30),
                        () -> chat.status() instanceof ConnectionStatus.Connected);
                assertEquals(1, fake.calls("PUT", "/applications/" + FakeDiscord.APP + "/guilds/" + FakeDiscord.GUILD
                        + "/commands").size(), "/agent is registered once connected");
                fake.gateway().slash(FakeDiscord.ANA, FakeDiscord.CHANNEL, "ls", Map.of());
                Eventually.await("the command", () -> hub.last(ChatEvent.Command.class).isPresent());
                assertEquals("ls", hub.last(ChatEvent.Command.class).orElseThrow().text());
            }
        }
        assertEquals("Connecting", seen.kinds().getFirst());
        assertTrue(seen.kinds().contains("Connected"), seen.kinds().toString());
    }

    @Test
    void a_dropped_gateway_connection_shows_as_not_connected_until_jda_is_back() {
        RecordingConnections seen = new RecordingConnections();
        RecordingHub hub = new RecordingHub();
        try (FakeDiscord fake = FakeDiscord.start();
             DiscordChat chat = DiscordChat.open(DiscordChatIT.options(fake).withTuning(QUICK), Clock.systemUTC())) {
            chat.connect(hub);
            chat.watch(seen);
            assertInstanceOf(ConnectionStatus.Connected.class, chat.start());
            fake.gateway().drop();
            Eventually.await("the drop to be reported", () -> seen.kinds().contains("Connecting"));
            Eventually.await("JDA to be back", Duration.ofSeconds(30),
                    () -> chat.status() instanceof ConnectionStatus.Connected);
            assertEquals(java.util.List.of("Connected", "Connecting", "Connected"), seen.kinds());
            assertTrue(fake.gateway().identifies().size() >= 2, "JDA identified again");
            fake.gateway().slash(FakeDiscord.ANA, FakeDiscord.CHANNEL, "ls", Map.of());
            Eventually.await("a command after the reconnect", () -> hub.last(ChatEvent.Command.class).isPresent());
        }
    }

    @Test
    void a_token_discord_refuses_is_an_error_at_start_and_is_not_retried() {
        try (FakeDiscord fake = FakeDiscord.start().refusingTheToken();
             DiscordChat chat = DiscordChat.open(DiscordChatIT.options(fake).withTuning(QUICK), Clock.systemUTC())) {
            DiscordException e = assertThrows(DiscordException.class, chat::start);
            assertTrue(e.getMessage().contains("Discord refused the bot token"), e.getMessage());
            assertInstanceOf(ConnectionStatus.Refused.class, chat.status());
            assertTrue(fake.gateway().identifies().isEmpty(), "no gateway connection with a refused token");
        }
    }
}
