package dev.baton.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.daemon.testing.FakeAnthropicApi;
import dev.baton.daemon.testing.RealClaude;
import dev.baton.testing.Eventually;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent's side of the conversation in a web chat thread, from the real Claude Code CLI against the fake Messages
 * API: one working line while it works, edited rather than re-posted; its final message in the thread at the end of
 * each turn; {@code /agent cost} split between ana (who started it) and bob (whose turn came next); and the session
 * page's transcript with both sides.
 */
class AgentSideInThreadIT {
    static final Pattern LINK = Pattern.compile("(http://\\S+/s/[A-Za-z0-9_.-]+)");
    static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path tmp;

    @Test
    void the_final_message_arrives_the_working_line_is_edited_and_cost_splits_by_person() throws Exception {
        Path claude = RealClaude.cli();
        Path home = RealClaude.home(tmp);
        try (FakeAnthropicApi api = FakeAnthropicApi.start(); Stack stack = new Stack(tmp.resolve("stack"))) {
            api.enqueueTextAndToolUse("I will write the file.", "Bash",
                    Map.of("command", "echo hello > hello.txt", "description", "Write hello to a file"));
            api.enqueueText("Done: hello.txt is written.");
            stack.startHub().startDaemon(RealClaude.env(home, api),
                    "[agents.claude]\ncommand = \"" + claude + "\"\nargs = [\"--permission-mode\", \"default\"]\n");
            stack.awaitDaemonOnline();
            stack.web.post("general", "ana", "/agent run --agent claude --name side Write hello to hello.txt", null);
            String thread = Eventually.value("the status card", WAIT, () -> stack.web.botRoot("general", "Session side")
                    .map(m -> (String) m.get("thread")).orElse(null));

            // the line may already be settled ("worked: …") when we look; either way it is one message
            Eventually.value("the working line", WAIT, () -> find(stack, thread, "working: running `echo hello > hello.txt`…")
                    .or(() -> find(stack, thread, "worked: 1 tool call")).orElse(null));
            if (find(stack, thread, "Done: hello.txt is written.").isEmpty()) {
                Eventually.await("the prompt card, or the command run without one", WAIT,
                        () -> find(stack, thread, "Permission needed").isPresent() || find(stack, thread, "worked: ").isPresent());
                if (find(stack, thread, "Permission needed").isPresent()) {
                    stack.web.post("general", "ana", "yes", thread);
                }
            }
            Eventually.await("the final message in the thread", WAIT,
                    () -> find(stack, thread, "Done: hello.txt is written.").isPresent());
            Eventually.await("the working line edited when the turn ended", WAIT,
                    () -> find(stack, thread, "worked: 1 tool call").isPresent());
            Map<String, Object> line = find(stack, thread, "worked: 1 tool call").orElseThrow();
            assertEquals(true, line.get("edited"), "edited in place: " + line);
            assertEquals(1, stack.web.thread("general", thread, "ana").stream().map(m -> String.valueOf(m.get("text")))
                    .filter(t -> t.startsWith("working: ") || t.startsWith("worked: ")).count(),
                    "one working line, never re-posted");
            assertTrue(messages(stack, thread, "I will write the file.").isEmpty(), "normal detail: only final messages");

            api.enqueueText("OK, the docs are fine.");
            stack.web.post("general", "bob", "Check the docs too", thread);
            Eventually.await("bob's turn answered in the thread", WAIT,
                    () -> find(stack, thread, "OK, the docs are fine.").isPresent());
            Eventually.await("/agent cost splits the session between ana and bob", WAIT, () -> {
                int asked = messages(stack, thread, "Cost of side").size();
                stack.web.post("general", "carol", "/agent cost", thread); // asked again until bob's usage is counted
                Eventually.await("the cost answer", WAIT, () -> messages(stack, thread, "Cost of side").size() > asked);
                String t = String.valueOf(find(stack, thread, "Cost of side").orElseThrow().get("text"));
                return t.contains("ana (web): $") && t.contains("bob (web): $");
            });
            stack.web.post("general", "ana", "/agent link", thread);
            String url = Eventually.value("ana's link", WAIT, () -> stack.web.thread("general", thread, "ana").stream()
                    .map(m -> String.valueOf(m.get("text"))).filter(t -> t.contains("Your link to the live page"))
                    .map(LINK::matcher).filter(Matcher::find).map(m -> m.group(1)).reduce((x, y) -> y).orElse(null));
            String said = String.valueOf(new PageClient(url).json("/transcript").get("transcript"));
            int bob = said.indexOf("Check the docs too");
            assertTrue(said.indexOf("I will write the file.") >= 0 && said.indexOf("echo hello > hello.txt") >= 0
                    && said.indexOf("Done: hello.txt is written.") >= 0 && bob >= 0
                    && said.indexOf("OK, the docs are fine.") > bob && said.contains("web:bob"),
                    "the page's transcript has both sides, in order: " + said);
            String card = String.valueOf(stack.web.botRoot("general", "Session side").orElseThrow().get("post"));
            assertTrue(card.contains("Cost"), "the status card has a Cost field: " + card);

            stack.web.post("general", "ana", "/agent dashboard", thread);
            String board = Eventually.value("ana's dashboard link", WAIT, () -> stack.web.thread("general", thread, "ana")
                    .stream().map(m -> String.valueOf(m.get("text"))).filter(t -> t.contains("Your dashboard"))
                    .map(DASHBOARD::matcher).filter(Matcher::find).map(m -> m.group(1)).reduce((x, y) -> y).orElse(null));
            Object sessions = new PageClient(board).json("/state").get("sessions");
            assertTrue(String.valueOf(sessions).matches("(?s).*name=side.*cost=\\$\\d+\\.\\d\\d.*"),
                    "the dashboard shows the session's cost as the hub counted it: " + sessions);
        }
    }

    private static final java.util.regex.Pattern DASHBOARD =
            java.util.regex.Pattern.compile("(http://\\S+/dashboard/[A-Za-z0-9_.-]+)");

    private static List<Map<String, Object>> messages(Stack stack, String thread, String text) {
        return stack.web.thread("general", thread, "ana").stream()
                .filter(m -> String.valueOf(m.get("text")).contains(text)).toList();
    }

    private static Optional<Map<String, Object>> find(Stack stack, String thread, String text) {
        return messages(stack, thread, text).stream().reduce((a, b) -> b);
    }
}
