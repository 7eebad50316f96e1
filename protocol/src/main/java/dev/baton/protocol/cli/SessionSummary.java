package dev.baton.protocol.cli;

import dev.baton.protocol.id.SessionId;
import dev.baton.protocol.session.SessionState;
import java.util.Optional;

/**
 * One session as {@code agent ls} and {@code agent run} show it (and {@code agent ls --json} prints it): its stored
 * facts plus live ones ({@code attention}, {@code attachedBy}, the detection {@code layers}, the sandbox {@code mode}),
 * and what it used by its agent's own transcript ({@code usage}; empty from a daemon that does not tell).
 * Times are ISO-8601 text: the CLI prints them and never computes with them, and parsing an {@code Instant} costs
 * a short-lived JVM the start-up of {@code java.time.format} (docs/architecture.md, "JSON codec").
 */
public record SessionSummary(SessionId id, String name, String agent, SessionState state, String attention,
                             String repo, String baseBranch, String branch, String worktree, boolean worktreeRemoved,
                             String owner, long pid, Optional<Integer> exitCode, String createdAt,
                             Optional<String> endedAt, long elapsedMs, String log, String attachedBy, String layers,
                             String mode, Optional<SessionUsage> usage) {
    public SessionSummary {
        attention = attention == null ? "" : attention;
        attachedBy = attachedBy == null ? "" : attachedBy;
        layers = layers == null ? "" : layers;
        mode = mode == null ? "" : mode;
    }
}
