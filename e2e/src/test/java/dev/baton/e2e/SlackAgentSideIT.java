package dev.baton.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.adapters.slack.testing.FakeSlack;
import dev.baton.adapters.slack.testing.SignedRequests;
import dev.baton.adapters.slack.testing.SlackPayloads;
import dev.baton.daemon.testing.FakeAnthropicApi;
import dev.baton.daemon.testing.RealClaude;
import dev.baton.testing.Eventually;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent's side in a Slack thread (the fake Slack Web API), from the real Claude Code CLI against the fake
 * Messages API: the working line is one {@code chat.postMessage} then {@code chat.update}s of that message, the final
 * message is posted in the thread, and {@code !agent cost} splits the session between Ana and Bob.
 */
class SlackAgentSideIT {
    static final Duration WAIT = Duration.ofSeconds(90);
    static final String SECRET = "e2e-signing-secret-0123456789abcdef";
    static final String CHANNEL = "C0GENERAL";

    @TempDir
    Path tmp;
    int events;

    @Test
    void the_final_message_arrives_the_working_line_is_updated_and_cost_splits_by_person() throws Exception {
        Path claude = RealClaude.cli();
        Path home = RealClaude.home(tmp);
        try (FakeAnthropicApi api = FakeAnthropicApi.start(); FakeSlack fake = FakeSlack.start().user("U0ANA", "Ana")
                .user("U0BOB", "Bob"); Stack stack = new Stack(tmp.resolve("stack")).slack(fake, SECRET, Map.of())) {
            api.enqueueTextAndToolUse("I will say hello.", "Bash", Map.of("command", "echo hello", "description", "Say hello"));
            api.enqueueText("Done: I said hello.");
            stack.startHub().startDaemon(RealClaude.env(home, api),
                    "[agents.claude]\ncommand = \"" + claude + "\"\nargs = [\"--permission-mode\", \"default\"]\n");
            stack.awaitDaemonOnline();
            SignedRequests slack = new SignedRequests(stack.hub.port(), SECRET);
            slack.slashCommand(SlackPayloads.slashCommand("U0ANA", CHANNEL, "run --agent claude --name slk say hello",
                    fake.responseUrl("run")));
            String thread = fake.await("chat.postMessage", 1, WAIT).getFirst().param("_ts");

            // posted as the working line, or (a message read late) posted as text and then edited into it
            String line = Eventually.value("the working line", WAIT, () -> posted(fake, thread, "working: running `echo hello`…")
                    .map(c -> c.param("_ts")).or(() -> fake.calls("chat.update").stream()
                            .filter(c -> c.param("text").equals("working: running `echo hello`…")).map(c -> c.param("ts"))
                            .findFirst()).orElse(null));
            // Claude Code runs a plain echo without asking
            Eventually.await("the final message in the thread", WAIT,
                    () -> posted(fake, thread, "Done: I said hello.").isPresent());
            Eventually.await("the working line updated in place when the turn ended", WAIT, () -> fake.calls("chat.update")
                    .stream().anyMatch(c -> c.param("ts").equals(line) && c.param("text").equals("worked: 1 tool call")));
            assertTrue(fake.calls("chat.postMessage").stream().filter(c -> c.param("thread_ts").equals(thread)
                    && (c.param("text").startsWith("working: ") || c.param("text").startsWith("worked: "))).count() <= 1,
                    "the working line is posted at most once and then only updated");

            api.enqueueText("OK, the docs are fine.");
            say(slack, "U0BOB", "Check the docs too", thread);
            Eventually.await("Bob's turn answered", WAIT, () -> posted(fake, thread, "OK, the docs are fine.").isPresent());
            Eventually.await("!agent cost splits the session between Ana and Bob", WAIT, () -> {
                long asked = answers(fake, thread);
                say(slack, "U0ANA", "!agent cost", thread); // asked again until Bob's usage has been counted
                Eventually.await("the cost answer", WAIT, () -> answers(fake, thread) > asked);
                String t = posted(fake, thread, "Cost of slk").orElseThrow().param("text");
                return java.util.regex.Pattern.compile("\\(slack\\): \\$").matcher(t).results().count() >= 2;
            });
        }
    }

    private void say(SignedRequests slack, String user, String text, String thread) {
        String ts = "1800000000." + String.format("%06d", ++events);
        slack.event(SlackPayloads.eventCallback("Ev" + events, SlackPayloads.message(CHANNEL, user, text, ts, thread)));
    }

    private static long answers(FakeSlack fake, String thread) {
        return fake.calls("chat.postMessage").stream()
                .filter(c -> c.param("thread_ts").equals(thread) && c.param("text").contains("Cost of slk")).count();
    }

    private static Optional<FakeSlack.Call> posted(FakeSlack fake, String thread, String text) {
        return fake.calls("chat.postMessage").stream()
                .filter(c -> c.param("thread_ts").equals(thread) && c.param("text").contains(text)).reduce((a, b) -> b);
    }
}
