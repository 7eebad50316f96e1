package dev.baton.e2e;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.adapters.discord.testing.FakeDiscord;
import dev.baton.adapters.slack.testing.FakeSlack;
import dev.baton.testing.Eventually;
import dev.baton.testing.FreePort;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Defect 7: a chat platform that cannot be reached at start (a laptop on a train) no longer takes the hub down. The
 * hub and its web chat run, {@code /agent daemons} says which platform is not connected and why, and the platform
 * connects by itself once it can be reached. A token the platform refuses still stops the hub at start, clearly.
 */
class PlatformOutageIT {
    static final Duration WAIT = Duration.ofSeconds(30);
    @TempDir
    Path tmp;
    Stack stack;

    @AfterEach
    void down() {
        if (stack != null) {
            stack.close();
        }
    }

    private String daemonsAnswer() {
        Map<String, Object> r = stack.web.post("general", "ana", "/agent daemons", null);
        String thread = (String) r.get("thread");
        String[] answer = new String[1];
        Eventually.await("the /agent daemons answer", WAIT, () -> stack.web.thread("general", thread, "ana").stream()
                .map(m -> String.valueOf(m.get("text"))).filter(t -> t.contains("slack:")).findFirst()
                .map(t -> answer[0] = t).isPresent());
        return answer[0];
    }

    @Test
    void a_hub_started_while_slack_and_discord_are_unreachable_serves_the_web_chat_and_connects_them_later()
            throws Exception {
        int slackPort = FreePort.pick();
        int discordPort = FreePort.pick();
        stack = new Stack(tmp).slackSocketMode("http://127.0.0.1:" + slackPort + "/api/", "xoxb-e2e")
                .discordAt(discordPort).startHub();

        String offline = daemonsAnswer();
        assertTrue(offline.contains("slack: not connected (cannot reach Slack at http://127.0.0.1:" + slackPort), offline);
        assertTrue(offline.contains("discord: not connected (cannot reach Discord at"), offline);
        assertTrue(offline.contains("retrying "), offline);

        try (FakeSlack slack = FakeSlack.startOn(slackPort); FakeDiscord discord = FakeDiscord.startOn(discordPort)) {
            Eventually.await("Slack's socket to connect", WAIT, slack::socketConnected);
            Eventually.await("Discord to be ready", WAIT, () -> discord.gateway().ready());
            Eventually.await("both to show as connected", WAIT, () -> {
                String now = daemonsAnswer();
                return now.contains("slack: connected") && now.contains("discord: connected");
            });
            stack.close();
            stack = null;
        }
    }

    @Test
    void a_slack_token_that_slack_refuses_stops_the_hub_at_start_with_a_clear_error() throws Exception {
        try (FakeSlack slack = FakeSlack.start().refuse("xoxb-revoked")) {
            stack = new Stack(tmp).slackSocketMode(slack.apiUrl(), "xoxb-revoked");
            IllegalStateException e = assertThrows(IllegalStateException.class, stack::startHub);
            assertTrue(e.getMessage().contains("Slack refused the bot token (invalid_auth)"), e.getMessage());
        }
    }
}
