package dev.baton.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.testing.Eventually;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A token the agent prints reaches the thread only as {@code [redacted]}: in the screen, the recap and the card. */
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
}
