package dev.baton.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.baton.chat.ConnectionStatus;
import dev.baton.chat.Platform;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What /agent daemons and the console say about each chat platform, from what its adapter last reported. */
class ChatConnectionsTest {
    static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    final ChatConnections connections = new ChatConnections(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void each_watched_platform_gets_one_line_with_its_reason_and_when_it_retries() {
        assertEquals("", connections.describe(), "nothing to say without Slack or Discord");
        connections.changed(Platform.DISCORD, new ConnectionStatus.Connected());
        connections.changed(Platform.SLACK, new ConnectionStatus.Connecting("cannot reach Slack at https://slack.com/api/",
                NOW.plusSeconds(8)));
        assertEquals("""
                slack: not connected (cannot reach Slack at https://slack.com/api/), retrying in 8 s
                discord: connected
                """, connections.describe());
        assertEquals("not watched", connections.describe(Platform.WEB));
    }

    @Test
    void the_latest_report_wins_refused_and_reconnecting_included() {
        connections.changed(Platform.SLACK, new ConnectionStatus.Connected());
        connections.changed(Platform.SLACK, new ConnectionStatus.Refused("Slack refused the bot token (token_revoked)"));
        assertEquals("refused (Slack refused the bot token (token_revoked)), not retrying",
                connections.describe(Platform.SLACK));
        connections.changed(Platform.DISCORD, new ConnectionStatus.Connecting("the Discord gateway connection closed",
                Optional.empty()));
        assertEquals("not connected (the Discord gateway connection closed), reconnecting",
                connections.describe(Platform.DISCORD));
    }
}
