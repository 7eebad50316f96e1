package dev.baton.daemon.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.baton.daemon.testing.Cli;
import dev.baton.daemon.testing.DaemonFixture;
import dev.baton.testing.Eventually;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code agent attach} as a person uses it: in a real terminal (a tmux pane), typing, then Ctrl-]. */
class AttachCliIT {
    @RegisterExtension
    static final DaemonFixture fx = new DaemonFixture("");
    private final String socket = "baton-attach-" + ProcessHandle.current().pid();

    @AfterEach
    void killTmux() throws Exception {
        tmux("kill-server");
    }

    @Test
    void attach_mirrors_the_screen_forwards_keys_and_detaches_with_ctrl_close_bracket() throws Exception {
        assumeTrue(tmux("-V").startsWith("tmux"), "tmux is not installed (bin/test installs it)");
        Cli cli = fx.cli();
        cli.run("run", "--name", "tty", "--agent", "scripted", "--repo", fx.repo().dir().toString(), "from the test").ok();
        Eventually.await("prompt", Duration.ofSeconds(20), () -> cli.screen("tty").contains("\n>"));
        String java = ProcessHandle.current().info().command().orElse("java");
        String command = "BATON_DIR=" + fx.daemon().root() + " " + java + " -cp '" + System.getProperty("java.class.path")
                + "' dev.baton.daemon.cli.AgentCli attach tty; echo ATTACH-EXIT=$?; sleep 60";
        tmux("new-session", "-d", "-x", "100", "-y", "30", command);
        Eventually.await("the repaint in the terminal", Duration.ofSeconds(20), () -> pane().contains("first prompt: from the test"));
        tmux("send-keys", "write tty.txt typed in tmux", "Enter");
        Eventually.await("the agent's answer", Duration.ofSeconds(20), () -> pane().contains("wrote tty.txt"));
        assertTrue(Files.readString(fx.daemon().root().resolve("worktrees/tty/tty.txt")).contains("typed in tmux"));
        tmux("send-keys", "C-]");
        Eventually.await("detached", Duration.ofSeconds(20), () -> pane().contains("[tty: detached") && pane().contains("ATTACH-EXIT=0"));
        assertTrue(cli.run("ls").ok().out().contains("tty"), "the session keeps running after a detach");
        assertTrue(cli.run("events", "tty").ok().out().contains("detached"));
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
