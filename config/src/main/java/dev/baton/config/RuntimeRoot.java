package dev.baton.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where a daemon keeps its state: {@code BATON_DIR}, then {@code XDG_RUNTIME_DIR/baton}, then
 * {@code TMPDIR/baton-<uid>}, then {@code /tmp/baton-<uid>}.
 */
public record RuntimeRoot(Path dir) {

    public static RuntimeRoot resolve(Map<String, String> env, long uid) {
        String baton = env.get("BATON_DIR");
        if (notBlank(baton)) {
            return new RuntimeRoot(Path.of(baton).toAbsolutePath());
        }
        String xdg = env.get("XDG_RUNTIME_DIR");
        if (notBlank(xdg)) {
            return new RuntimeRoot(Path.of(xdg, "baton").toAbsolutePath());
        }
        String tmp = env.get("TMPDIR");
        if (notBlank(tmp)) {
            return new RuntimeRoot(Path.of(tmp, "baton-" + uid).toAbsolutePath());
        }
        return new RuntimeRoot(Path.of("/tmp", "baton-" + uid));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    public Path config() { return dir.resolve("config.toml"); }
    public Path socket() { return dir.resolve("agentd.sock"); }
    public Path pidFile() { return dir.resolve("agentd.pid"); }
    public Path stateDb() { return dir.resolve("state.db"); }
    public Path logs() { return dir.resolve("logs"); }
    public Path worktrees() { return dir.resolve("worktrees"); }
    public Path artifacts() { return dir.resolve("artifacts"); }
    public Path agentHomes() { return dir.resolve("homes"); }
    public Path daemonLog() { return dir.resolve("agentd.log"); }
}
