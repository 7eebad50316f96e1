package dev.baton.daemon.session;

import dev.baton.protocol.id.SessionId;
import dev.baton.protocol.session.Sender;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code agent run}: name, agent (default from config), repo, base branch (default: the repo's current), and
 * the session id when the hub chose it.
 */
public record RunRequest(String name, Optional<String> agent, Path repo, Optional<String> baseBranch,
                         String prompt, Sender owner, Optional<SessionId> id) {
    public RunRequest(String name, Optional<String> agent, Path repo, Optional<String> baseBranch, String prompt,
                      Sender owner) {
        this(name, agent, repo, baseBranch, prompt, owner, Optional.empty());
    }
}
