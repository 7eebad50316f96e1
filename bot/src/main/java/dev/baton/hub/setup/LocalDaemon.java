package dev.baton.hub.setup;

import dev.baton.config.RuntimeRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The daemon {@code baton up} runs beside the hub, through {@code bin/agent daemon restart} (agents of a daemon
 * already running keep running) with the hub's URL and its token in the environment. {@link #stop} stops it.
 */
public final class LocalDaemon {
    private final Path agent;
    private final RuntimeRoot root;

    private LocalDaemon(Path agent, RuntimeRoot root) {
        this.agent = agent;
        this.root = root;
    }

    public static LocalDaemon start(RuntimeRoot root, String hubUrl, String token) {
        Path agent = home().resolve("bin/agent");
        if (!Files.isExecutable(agent)) {
            throw new IllegalStateException("cannot find " + agent + " to start the local daemon");
        }
        LocalDaemon d = new LocalDaemon(agent, root);
        int code = d.run(hubUrl, token, "daemon", "restart");
        if (code != 0) {
            throw new IllegalStateException("the local daemon did not start (exit " + code + "); see " + root.daemonLog());
        }
        return d;
    }

    /** Where Baton is installed ({@code -Dbaton.home}, set by {@code bin/baton}). */
    public static Path home() {
        return Path.of(System.getProperty("baton.home", "."));
    }

    public void stop() {
        run(null, null, "daemon", "stop");
    }

    private int run(String hubUrl, String token, String... args) {
        String[] cmd = new String[args.length + 1];
        cmd[0] = agent.toString();
        System.arraycopy(args, 0, cmd, 1, args.length);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(root.dir().resolve("baton-up.log").toFile()));
        pb.environment().put("BATON_DIR", root.dir().toString());
        if (hubUrl != null) {
            pb.environment().put("BATON_HUB_URL", hubUrl);
            pb.environment().put("BATON_HUB_TOKEN", token);
        }
        try {
            Process p = pb.start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1;
            }
            return p.exitValue();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + agent + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
