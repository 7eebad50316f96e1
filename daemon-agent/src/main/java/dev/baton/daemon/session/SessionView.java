package dev.baton.daemon.session;

import dev.baton.daemon.store.SessionRow;
import dev.baton.protocol.session.SessionState;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** A read-only picture of one session for {@code agent ls}: its row plus live facts (attention, attacher). */
public record SessionView(SessionRow row, String attention, String attachedBy, String layers, String mode) {
    public SessionView(SessionRow row, String attention, String attachedBy, String layers) {
        this(row, attention, attachedBy, layers, "");
    }

    public SessionState state() {
        return row.state();
    }

    public Duration elapsed(Instant now) {
        Instant end = row.endedAt() == null ? now : row.endedAt();
        return Duration.between(row.createdAt(), end);
    }

    public static SessionView ofRow(SessionRow row) {
        return new SessionView(row, "", "", "");
    }

    public Map<String, Object> toJson(Instant now) {
        return dev.baton.protocol.json.Json.object(
                "id", row.id().value(), "name", row.name(), "agent", row.agent(), "state", row.state().wire(),
                "attention", attention, "repo", row.repo(), "base_branch", row.baseBranch(), "branch", row.branch(),
                "worktree", row.worktree(), "worktree_removed", row.worktreeRemoved(), "owner", row.owner(),
                "pid", row.pid(), "exit_code", row.exitCode(), "created_at", row.createdAt().toString(),
                "ended_at", row.endedAt() == null ? null : row.endedAt().toString(),
                "elapsed_ms", elapsed(now).toMillis(), "log", row.logPath(), "attached_by", attachedBy,
                "layers", layers, "mode", mode);
    }
}
