package dev.baton.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.daemon.testing.FakeAnthropicApi;
import dev.baton.daemon.testing.RealClaude;
import dev.baton.testing.Eventually;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session budget spent with the real Claude Code CLI against the fake Messages API: the daemon pauses the agent,
 * the thread gets the budget card, and its "Raise by $1.00" travels to the daemon as {@code raise_budget}, which
 * records the raise with who pressed it and lets the agent take turns again.
 */
class BudgetCardIT {
    static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path tmp;

    @Test
    void the_budget_cards_raise_reaches_the_daemon_and_the_agent_carries_on() throws Exception {
        Path claude = RealClaude.cli();
        Path home = RealClaude.home(tmp);
        try (FakeAnthropicApi api = FakeAnthropicApi.start(); Stack stack = new Stack(tmp.resolve("stack"))) {
            api.enqueueText("First answer.");
            stack.startHub().startDaemon(RealClaude.env(home, api), "[agents.claude]\ncommand = \"" + claude
                    + "\"\nargs = [\"--permission-mode\", \"default\"]\n[budgets]\nsession_usd = 0.001\n");
            stack.awaitDaemonOnline();
            stack.web.post("general", "ana", "/agent run --agent claude --name spend Say something", null);
            String thread = Eventually.value("the status card", WAIT, () -> stack.web.botRoot("general", "Session spend")
                    .map(m -> (String) m.get("thread")).orElse(null));
            Map<String, Object> card = Eventually.value("the budget card", WAIT,
                    () -> find(stack, thread, "Budget reached").orElse(null));
            List<?> buttons = (List<?>) ((Map<?, ?>) card.get("post")).get("buttons");
            Map<?, ?> raise = (Map<?, ?>) buttons.getFirst();
            assertTrue(String.valueOf(raise.get("label")).equals("Raise by $1.00"), "the raise button: " + buttons);

            stack.web.press("ana", "general", thread, (String) card.get("id"), (String) raise.get("action"),
                    (String) raise.get("value"));
            Eventually.await("the daemon's budget_raised in the thread", WAIT,
                    () -> find(stack, thread, "ana raised the session's usd budget by 1.00 to 1.001.").isPresent());

            api.enqueueText("Second answer.");
            Eventually.await("the agent answers a turn again", WAIT, () -> {
                if (find(stack, thread, "Second answer.").isPresent()) {
                    return true;
                }
                if (messages(stack, thread, "Say more").isEmpty()) {
                    stack.web.post("general", "ana", "Say more", thread);
                }
                return false;
            });
        }
    }

    private static List<Map<String, Object>> messages(Stack stack, String thread, String text) {
        return stack.web.thread("general", thread, "ana").stream()
                .filter(m -> String.valueOf(m.get("text")).contains(text)).toList();
    }

    private static Optional<Map<String, Object>> find(Stack stack, String thread, String text) {
        return messages(stack, thread, text).stream().reduce((a, b) -> b);
    }
}
