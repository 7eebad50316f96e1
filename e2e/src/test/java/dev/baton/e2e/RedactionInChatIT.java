package dev.baton.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.testing.Eventually;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A token the agent prints reaches the thread only as {@code [redacted]}: in the screen, the recap and the card; also a
 * Discord token, a secret the hub holds in no known format (its web token), and a token wrapped across screen rows.
 */
class RedactionInChatIT extends WebStackFixture {
    static final String TOKEN = "ghp_abcdefghijklmnopqrstuvwxyz0123456789";
    static final String AWS = "AKIAIOSFODNN7EXAMPLE";

    private String everything(String thread) {
        return stack.web.thread("general", thread, "ana").stream().filter(m -> !"ana".equals(m.get("user")))
                .map(m -> String.valueOf(m.get("text")) + " " + m.get("post")).collect(Collectors.joining("\n"));
    }

    @Test
    void secrets_on_the_agents_screen_are_redacted_in_every_post() {
        stack.web.post("general", "ana", "/agent run --agent scripted --name leak key " + AWS, null);
        String thread = Eventually.value("the card", WAIT, () -> stack.web.botRoot("general", "Session leak")
                .map(m -> (String) m.get("thread")).orElse(null));
        Eventually.await("the agent's prompt", WAIT, () -> stack.daemon.cli().screen("leak").contains("\n>"));
        stack.web.post("general", "ana", "export GH_TOKEN=" + TOKEN, thread);
        Eventually.await("the token on the agent's screen", WAIT, () -> stack.daemon.cli().screen("leak").contains(TOKEN));
        stack.web.post("general", "ana", "/agent screen", thread);
        stack.web.post("general", "ana", "/agent recap", thread);
        Eventually.await("the screen and the recap in the thread", WAIT,
                () -> everything(thread).contains("Screen of leak") && everything(thread).contains("Recap of leak"));
        String posted = everything(thread);
        assertTrue(posted.contains("export GH_TOKEN=[redacted]"), posted);
        assertTrue(!posted.contains(TOKEN) && !posted.contains(AWS), "no secret in any bot post: " + posted);
        String card = String.valueOf(stack.web.botRoot("general", "Session leak").orElseThrow());
        assertTrue(!card.contains(AWS), "the card's prompt is redacted: " + card);
    }

    static final String DISCORD = "MTk4NjIyNDgzNDcxOTI1MjQ4.Cl2FMQ.ZnCjm1XVW7vRze4b7Cq4se7kKWs";
    static final String SLACK = "xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUvWx";

    @Test
    void discord_tokens_the_hubs_own_secrets_and_tokens_wrapped_across_rows_are_redacted_on_the_screen() {
        String thread = run("ana", "held", "go");
        Eventually.await("the agent's prompt", WAIT, () -> stack.daemon.cli().screen("held").contains("\n>"));
        stack.web.post("general", "ana", "discord " + DISCORD + " web: " + Stack.TOKEN, thread);
        // the agent echoes "got: [from ana] …" on a 120-column screen: the web token wraps after its 31st character
        // (a held value cut by a row); below, the Slack token starts at column 102 and wraps too
        stack.web.post("general", "ana", ".".repeat(84) + " " + SLACK, thread);
        Eventually.await("the agent's answer to both on its screen", WAIT, () -> {
            String screen = stack.daemon.cli().screen("held");
            return screen.contains("got: [from ana] discord " + DISCORD) && screen.contains("got: [from ana] " + ".".repeat(84))
                    && screen.split(java.util.regex.Pattern.quote(SLACK.substring(30)), -1).length == 3;
        });
        String screen = stack.daemon.cli().screen("held");
        assertTrue(!screen.contains(SLACK), "the agent's screen shows the token wrapped: " + screen);
        stack.web.post("general", "ana", "/agent screen", thread);
        Eventually.await("the screen in the thread", WAIT, () -> everything(thread).contains("Screen of held"));
        String posted = everything(thread);
        assertTrue(posted.contains("got: [from ana] discord [redacted] web: [redacted]"), posted);
        assertTrue(posted.contains("got: [from ana] " + ".".repeat(84) + " [redacted]"), posted);
        for (String secret : new String[] {DISCORD, Stack.TOKEN, SLACK.substring(0, 14), SLACK.substring(SLACK.length() - 14)}) {
            assertTrue(!posted.contains(secret), "no part of a secret in any bot post (" + secret + "): " + posted);
        }
    }
}
