package dev.baton.daemon.testing;

import dev.baton.testing.Eventually;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A real daemon in its own JVM with its own runtime root ({@code BATON_DIR}) and environment, as a user
 * would run it. {@link #kill9()} simulates a crash.
 */
public final class DaemonProcess implements AutoCloseable {
    private final Path root;
    private final Map<String, String> env;
    private final List<String> jvmArgs = new ArrayList<>();
    private Process process;

    public DaemonProcess(Path root, Map<String, String> extraEnv) {
        this.root = root;
        this.env = new HashMap<>(System.getenv());
        this.env.put("BATON_DIR", root.toString());
        this.env.putAll(extraEnv);
    }

    public static Path scriptedAgent() {
        Path p = Path.of(System.getProperty("baton.home", "..")).resolve("bin/demo-agent").toAbsolutePath().normalize();
        if (!Files.isExecutable(p)) {
            p.toFile().setExecutable(true);
        }
        return p;
    }

    /** Writes {@code config.toml} with the scripted agent plus {@code extra} TOML. */
    public DaemonProcess config(String extra) {
        return config("", extra);
    }

    /** As {@link #config(String)}, with extra {@code [daemon]} keys. */
    public DaemonProcess config(String daemonKeys, String extra) {
        try {
            Files.createDirectories(root);
            Files.writeString(root.resolve("config.toml"), "[daemon]\nname = \"test\"\nidle_after_ms = 400\n"
                    + daemonKeys + "\n[agents.scripted]\ncommand = \"" + scriptedAgent() + "\"\nargs = []\n" + extra);
            return this;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Extra JVM arguments for the daemon, e.g. {@code -Dbaton.ptyhost.ring_bytes=65536} for its PTY host. */
    public DaemonProcess jvmArgs(String... args) {
        jvmArgs.addAll(List.of(args));
        return this;
    }

    public DaemonProcess start() {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.add("-Dpty4j.tmpdir=" + root.resolve("pty4j"));
        cmd.add("-Dbaton.home=" + Path.of(System.getProperty("baton.home", "..")).toAbsolutePath().normalize());
        cmd.add("--enable-native-access=ALL-UNNAMED");
        cmd.addAll(jvmArgs);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("dev.baton.daemon.DaemonMain");
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(root.resolve("test-daemon.log").toFile()));
            pb.environment().clear();
            pb.environment().putAll(env);
            process = pb.start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Eventually.await("the daemon to listen", Duration.ofSeconds(30), () -> {
            if (!process.isAlive()) {
                throw new AssertionError("daemon exited: " + log());
            }
            return cli().run("ls").code() == 0;
        });
        return this;
    }

    public Cli cli() {
        return new Cli(env);
    }

    public Map<String, String> env() {
        return env;
    }

    public Path root() {
        return root;
    }

    public long pid() {
        return process.pid();
    }

    public String log() {
        try {
            return Files.readString(root.resolve("test-daemon.log"));
        } catch (IOException e) {
            return "";
        }
    }

    /** Crashes the daemon: SIGKILL, no shutdown hooks. */
    public void kill9() {
        process.destroyForcibly();
        waitGone();
    }

    public void stop() {
        if (process != null && process.isAlive()) {
            cli().run("daemon", "stop");
            waitGone();
        }
    }

    private void waitGone() {
        Eventually.await("the daemon to exit", Duration.ofSeconds(30), () -> !process.isAlive());
    }

    /** The PTY host's process, if one runs for this root. */
    public java.util.Optional<ProcessHandle> host() {
        try {
            return ProcessHandle.of(Long.parseLong(Files.readString(root.resolve("ptyhost.pid")).strip()))
                    .filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    /** Ends the daemon (whichever process serves this root), its agents and its PTY host. */
    @Override
    public void close() {
        cli().run("daemon", "stop");
        host().ifPresent(h -> {
            h.destroy();
            Eventually.await("the PTY host to exit", Duration.ofSeconds(15), () -> !h.isAlive());
        });
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
