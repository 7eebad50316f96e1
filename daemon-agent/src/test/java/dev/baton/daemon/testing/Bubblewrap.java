package dev.baton.daemon.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Whether Claude Code's Linux command sandbox can run here: {@code bwrap} and {@code socat} on PATH (bin/test installs
 * both with apt-get when it runs as root), and bubblewrap able to make the namespaces it confines a command in (a
 * container without user namespaces, or with a seccomp profile that forbids them, cannot). A test that needs it is
 * skipped loudly with the exact reason, never silently.
 */
public final class Bubblewrap {
    private Bubblewrap() {}

    /** Aborts (skips) the calling test with a banner saying why, unless the sandbox can run. */
    public static void requireUsable() {
        Optional<String> why = unusable();
        if (why.isPresent()) {
            System.err.println("\n*** SKIPPED: Claude Code's sandbox cannot run here: " + why.get() + " ***\n");
            Assumptions.abort("Claude Code's sandbox cannot run here: " + why.get());
        }
    }

    /** Why not, or empty if it can. */
    public static Optional<String> unusable() {
        for (String tool : List.of("bwrap", "socat")) {
            if (which(tool).isEmpty()) {
                return Optional.of(tool + " is not on PATH (apt-get install bubblewrap socat)");
            }
        }
        // what Claude Code asks of bwrap: new user, mount, pid and network namespaces, a fresh /proc
        List<String> probe = List.of(which("bwrap").orElseThrow().toString(), "--ro-bind", "/", "/", "--dev", "/dev",
                "--proc", "/proc", "--unshare-all", "--die-with-parent", "true");
        try {
            Process p = new ProcessBuilder(probe).redirectErrorStream(true).start();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.of("bwrap did not finish a trivial command within 20 s");
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.exitValue() == 0 ? Optional.empty()
                    : Optional.of("bwrap cannot create its namespaces (exit " + p.exitValue() + "): " + out);
        } catch (IOException e) {
            return Optional.of("bwrap cannot be run: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while probing bwrap");
        }
    }

    private static Optional<Path> which(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path p = dir.isEmpty() ? null : Path.of(dir, tool);
            if (p != null && Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
