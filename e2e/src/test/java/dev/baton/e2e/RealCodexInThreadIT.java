package dev.baton.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.testing.Eventually;
import dev.baton.daemon.testing.FakeOpenAiResponses;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same loop as {@link RealClaudeInThreadIT} with the real Codex CLI (npm), offline against a scripted fake
 * Responses API: the model asks to run {@code echo hello > hello.txt} outside the sandbox, so Codex shows its
 * approval overlay. The screen scan finds it; the prompt card shows the real command and mentions the owner; a
 * non-approver is refused; the owner's "yes" types Codex's own key ({@code y}); the command runs in the worktree
 * and the card says who approved; Codex's {@code notify} program reports the end of its turn.
 */
class RealCodexInThreadIT {
    static final String KEY_VAR = "BATON_FAKE_OPENAI_KEY";
    static final Duration WAIT = Duration.ofSeconds(60);
    static final Path ROOT = Path.of(System.getProperty("baton.home", "..")).toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    @Test
    void a_codex_approval_is_answered_from_the_thread_and_the_command_runs() throws Exception {
        Path codex = ROOT.resolve("tools/node_modules/.bin/codex");
        if (!Files.isExecutable(codex)) {
            System.err.println("\n*** SKIPPED: the real codex CLI is not installed (bin/test installs it) ***\n");
            Assumptions.abort("codex is not installed");
        }
        Path home = Files.createDirectories(tmp.resolve("home"));
        try (FakeOpenAiResponses api = FakeOpenAiResponses.start(); Stack stack = new Stack(tmp.resolve("stack"))) {
            api.enqueueExecCommand("echo hello > hello.txt", "Write hello to a file");
            api.enqueueText("Done: hello.txt is written.");
            writeCodexConfig(home, api.baseUrl());
            stack.startHub().startDaemon(Map.of("HOME", home.toString(), "CODEX_HOME", home.resolve(".codex").toString(),
                    KEY_VAR, "sk-fake-codex-key"),
                    "[agents.codex]\ncommand = \"" + codex + "\"\nargs = [\"--no-daemon\"]\n");
            stack.awaitDaemonOnline();
            stack.web.post("general", "ana", "/agent run --agent codex --name cx Write hello to hello.txt", null);
            String thread = Eventually.value("the status card", WAIT, () -> stack.web.botRoot("general", "Session cx")
                    .map(m -> (String) m.get("thread")).orElse(null));

            Map<String, Object> card = Eventually.value("the prompt card", WAIT, () -> find(stack, thread, "Permission needed").orElse(null));
            String text = String.valueOf(card.get("text"));
            assertTrue(text.contains("echo hello > hello.txt") && text.contains("@ana"), text);
            assertTrue(text.contains("Would you like to run the following command?"), text);
            String approve = ((List<?>) ((Map<?, ?>) card.get("post")).get("buttons")).stream()
                    .map(b -> (String) ((Map<?, ?>) b).get("value")).filter(v -> v.endsWith("|allow_once")).findFirst().orElseThrow();
            String events = stack.daemon.cli().run("events", "cx", "--json").out();
            assertTrue(events.contains("\"layer\":\"screen\""), "prompt seen by the screen scan: " + events);

            stack.web.press("mallory", "general", thread, (String) card.get("id"), "prompt", approve);
            Eventually.await("the non-approver is refused", WAIT, () -> find(stack, thread, "Sorry mallory").isPresent());
            Path hello = stack.daemon.root().resolve("worktrees/cx/hello.txt");
            assertTrue(!Files.exists(hello), "nothing ran yet");

            stack.web.post("general", "ana", "yes", thread);
            try {
                Eventually.await("the command to run in the worktree", WAIT,
                        () -> Files.exists(hello) && Files.readString(hello).equals("hello\n"));
            } catch (AssertionError e) {
                System.err.println("screen:\n" + stack.daemon.cli().run("screen", "cx").out()
                        + "\nevents:\n" + stack.daemon.cli().run("events", "cx").out()
                        + "\nthread:\n" + stack.web.thread("general", thread, "ana"));
                throw e;
            }
            Eventually.await("the card to say who approved", WAIT, () -> find(stack, thread, "approved once by ana").isPresent());
            assertTrue(api.awaitFunctionOutput(WAIT).isPresent(), "Codex reports the command's output to the model");
            Eventually.await("a notice when Codex's turn ends (its notify program)", WAIT,
                    () -> find(stack, thread, "finished its turn: Done: hello.txt is written.").isPresent());
            assertTrue(stack.daemon.cli().run("events", "cx", "--json").out().contains("\"layer\":\"hook\""),
                    "the turn end came from Codex's notify, not the screen");
        }
    }

    /**
     * The minimal offline config: the fake provider, a model that gets Codex's exec tools, and no plugin sync (it
     * would {@code git ls-remote} GitHub). The daemon appends the worktree's trust table when the session starts.
     */
    private static void writeCodexConfig(Path home, String baseUrl) throws Exception {
        Path dir = Files.createDirectories(home.resolve(".codex"));
        Files.writeString(dir.resolve("config.toml"), "model = \"" + FakeOpenAiResponses.MODEL + "\"\n"
                + "model_provider = \"fake\"\n\n[features]\nplugins = false\n\n"
                + "[model_providers.fake]\nname = \"fake\"\nbase_url = \"" + baseUrl + "\"\n"
                + "wire_api = \"responses\"\nenv_key = \"" + KEY_VAR + "\"\n");
    }

    private static Optional<Map<String, Object>> find(Stack stack, String thread, String text) {
        return stack.web.thread("general", thread, "ana").stream()
                .filter(m -> String.valueOf(m.get("text")).contains(text)).reduce((a, b) -> b);
    }
}
