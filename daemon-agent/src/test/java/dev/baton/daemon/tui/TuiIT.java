package dev.baton.daemon.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.baton.daemon.testing.Cli;
import dev.baton.daemon.testing.DaemonFixture;
import dev.baton.testing.Eventually;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The supervisor TUI as a person uses it: {@code agent} with no arguments in a real terminal (a tmux pane, 80x24),
 * with the scripted agent. A prompt found by the screen scan is approved, one found by a hook is denied, a session is
 * attached and left with Ctrl-], the window is resized, and q gives the terminal back as it was.
 */
class TuiIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    @RegisterExtension
    static final DaemonFixture fx = new DaemonFixture("");
    private final String socket = "baton-tui-" + ProcessHandle.current().pid();

    @AfterEach
    void killTmux() throws Exception {
        tmux("kill-server");
    }

    @Test
    void rows_sort_by_attention_prompts_are_answered_from_the_tui_and_attach_resize_and_quit_work() throws Exception {
        assumeTrue(tmux("-V").startsWith("tmux"), "tmux is not installed (bin/test installs it)");
        Cli cli = fx.cli();
        String repo = fx.repo().dir().toString();
        cli.run("run", "--name", "asks", "--agent", "scripted", "--repo", repo, "first of two").ok();
        Eventually.await("asks ready", WAIT, () -> cli.screen("asks").contains("\n>"));
        cli.run("run", "--name", "calm", "--agent", "scripted", "--repo", repo, "second of two").ok();
        Eventually.await("calm ready", WAIT, () -> cli.screen("calm").contains("\n>"));
        Path tmp = fx.tmp();
        String java = ProcessHandle.current().info().command().orElse("java");
        String command = "stty -g > " + tmp.resolve("stty.before") + "; BATON_DIR=" + fx.daemon().root() + " " + java
                + " --enable-native-access=ALL-UNNAMED -cp '" + System.getProperty("java.class.path") + "' dev.baton.daemon.cli.AgentCli; echo TUI-EXIT=$?; stty -g > "
                + tmp.resolve("stty.after") + "; sleep 60";
        tmux("new-session", "-d", "-x", "80", "-y", "24", command);
        Eventually.await("the first frame", WAIT, () -> pane().contains("Baton: 2 sessions"));
        assertTrue(row(0).startsWith("calm"), "the most recent first: " + pane());
        assertTrue(pane().contains("-- calm "), "the selection starts on the top row");

        // a prompt found by the screen scan: its row goes to the top, the selection stays on calm
        cli.run("send-input", "asks", "--", "ask Deploy to prod?").ok();
        Eventually.await("asks needs you, on top", WAIT, () -> row(0).startsWith("asks") && pane().contains("1 need you"));
        assertTrue(pane().contains("-- calm "), "the selection followed its session: " + pane());
        tmux("send-keys", "k");
        Eventually.await("asks selected, its prompt shown", WAIT,
                () -> pane().contains("-- asks ") && pane().contains("PROMPT [screen]") && pane().contains("Deploy to prod? [y/N]"));
        tmux("send-keys", "a");
        Eventually.await("approved in the agent", WAIT, () -> cli.screen("asks").contains("approved"));
        Eventually.await("the TUI says so", WAIT, () -> pane().contains("asks: approved once") && !pane().contains("need you"));
        assertTrue(events("asks").matches("(?s).*prompt_answered[^\n]*\"decision\":\"allow_once\"[^\n]*\"how\":\"tui\".*"));

        // a prompt found by a hook (a blocking PermissionRequest, as Claude Code sends it)
        String id = cli.run("ls", "--json").ok().out().replaceAll("(?s).*\"id\":\"(s-[0-9a-f]{12})\",\"name\":\"asks\".*", "$1");
        Path hookOut = tmp.resolve("hook.out");
        Process hook = hookProcess(java, id, hookOut);
        Process waiting = hook;
        Eventually.await("the hook's prompt in the pane", WAIT,
                () -> pane().contains("PROMPT [hook] Bash:") && pane().contains("$ rm -rf build") && row(0).startsWith("asks"));
        tmux("send-keys", "d");
        Eventually.await("the hook process has its answer", WAIT, () -> !waiting.isAlive());
        assertTrue(Files.readString(hookOut).contains("deny"), Files.readString(hookOut));
        assertTrue(events("asks").matches("(?s).*prompt_answered[^\n]*\"decision\":\"deny\"[^\n]*\"how\":\"tui\".*"));

        // Enter attaches, Ctrl-] comes back
        tmux("send-keys", "Enter");
        Eventually.await("the session's screen", WAIT, () -> pane().contains("first prompt: first of two"));
        tmux("send-keys", "write tui.txt typed while attached", "Enter");
        Eventually.await("the agent wrote it", WAIT, () -> pane().contains("wrote tui.txt"));
        tmux("send-keys", "C-]");
        Eventually.await("back in the TUI", WAIT, () -> pane().contains("asks: detached") && pane().contains("NAME"));
        assertTrue(Files.readString(fx.daemon().root().resolve("worktrees/asks/tui.txt")).contains("typed while attached"));

        // resize: the frame is drawn again for the new size
        tmux("resize-window", "-x", "100", "-y", "30");
        Eventually.await("a 100x30 frame", WAIT, () -> {
            List<String> lines = pane().lines().toList();
            return lines.size() >= 29 && lines.stream().anyMatch(l -> l.startsWith("-- asks ") && l.length() == 100)
                    && lines.get(lines.size() - 1).contains("? q");
        });

        tmux("send-keys", "q");
        Eventually.await("the TUI quit", WAIT, () -> pane().contains("TUI-EXIT=0"));
        Eventually.await("stty recorded", WAIT, () -> Files.exists(tmp.resolve("stty.after")) && Files.size(tmp.resolve("stty.after")) > 0);
        assertEquals(Files.readString(tmp.resolve("stty.before")), Files.readString(tmp.resolve("stty.after")),
                "the terminal is left as the TUI found it");
    }

    private Process hookProcess(String java, String id, Path out) throws IOException {
        ProcessBuilder b = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "dev.baton.daemon.cli.AgentCli", "hook", "PermissionRequest").redirectOutput(out.toFile());
        b.environment().put("BATON_DIR", fx.daemon().root().toString());
        b.environment().put("BATON_SESSION_ID", id);
        Process p = b.start();
        p.getOutputStream().write("{\"tool_name\":\"Bash\",\"tool_input\":{\"command\":\"rm -rf build\"}}"
                .getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        return p;
    }

    private String events(String name) {
        return fx.cli().run("events", name, "--json").ok().out();
    }

    /** The n-th row of the table (0 is the top one). */
    private String row(int n) throws IOException, InterruptedException {
        List<String> lines = pane().lines().toList();
        return lines.size() > n + 2 ? lines.get(n + 2) : "";
    }

    private String pane() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p");
    }

    private String tmux(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", socket));
        cmd.addAll(List.of(args));
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        } catch (IOException e) {
            return "";
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }
}
