package dev.baton.daemon.pty;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds or starts the PTY host of a runtime root: a detached JVM ({@code setsid} when present, stdin from
 * /dev/null, output appended to {@code ptyhost.log}) running {@code dev.baton.daemon.ptyhost.PtyHostMain}.
 */
final class HostProcess {
    static final String MAIN_CLASS = "dev.baton.daemon.ptyhost.PtyHostMain";
    private static final long START_TIMEOUT_MS = 20_000;

    private final Path root;
    private final List<String> jvmArgs;

    HostProcess(Path root, List<String> jvmArgs) {
        this.root = root;
        this.jvmArgs = List.copyOf(jvmArgs);
    }

    Path socket() {
        return root.resolve("ptyhost.sock");
    }

    Path log() {
        return root.resolve("ptyhost.log");
    }

    /** A connection to the running host, or null when none answers. */
    HostChannel connectIfRunning() {
        try {
            return HostChannel.open(socket());
        } catch (IOException e) {
            return null;
        }
    }

    /** A connection to the host, starting it first if needed; fails with the tail of its log. */
    synchronized HostChannel connect() throws IOException {
        HostChannel c = connectIfRunning();
        if (c != null) {
            return c;
        }
        Process p = start();
        long deadline = System.nanoTime() + START_TIMEOUT_MS * 1_000_000;
        while (System.nanoTime() < deadline) {
            c = connectIfRunning();
            if (c != null) {
                return c;
            }
            if (!p.isAlive() && p.exitValue() != 0) {
                throw new IOException("the PTY host exited at start (code " + p.exitValue() + "):\n" + tail());
            }
            try {
                p.waitFor(25, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while starting the PTY host");
            }
        }
        throw new IOException("the PTY host did not listen on " + socket() + " within " + START_TIMEOUT_MS / 1000
                + " s; the end of " + log() + ":\n" + tail());
    }

    private Process start() throws IOException {
        List<String> cmd = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            cmd.add("/usr/bin/setsid");
        }
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.add("-Dpty4j.tmpdir=" + root.resolve("pty4j"));
        cmd.add("--enable-native-access=ALL-UNNAMED");
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-Xss512k");
        cmd.add("-Xms16m");
        cmd.add("-Xmx384m");
        cmd.addAll(jvmArgs);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(MAIN_CLASS);
        cmd.add(root.toString());
        Files.createDirectories(root);
        return new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log());
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log() + ")";
        }
    }
}
