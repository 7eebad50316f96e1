package dev.baton.protocol.cli;

import dev.baton.protocol.id.SessionId;
import dev.baton.protocol.json.JsonDefault;
import dev.baton.protocol.session.SessionState;
import java.time.Instant;
import java.util.Optional;

/**
 * One session as {@code agent ls} and {@code agent run} show it (and {@code agent ls --json} prints it): its stored
 * facts plus live ones ({@code attention}, {@code attachedBy}, the detection {@code layers}, the sandbox {@code mode}).
 */
public record SessionSummary(SessionId id, String name, String agent, SessionState state, @JsonDefault String attention,
                             String repo, String baseBranch, String branch, String worktree, boolean worktreeRemoved,
                             String owner, long pid, Optional<Integer> exitCode, Instant createdAt,
                             Optional<Instant> endedAt, long elapsedMs, String log, @JsonDefault String attachedBy,
                             @JsonDefault String layers, @JsonDefault String mode) {}
