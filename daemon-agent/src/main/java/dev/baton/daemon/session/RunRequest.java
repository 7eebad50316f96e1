package dev.baton.daemon.session;

import dev.baton.protocol.id.SessionId;
import dev.baton.protocol.session.Sender;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code agent run}: name, agent (default from config), repo, base branch (default: the repo's current), the
 * session id when the hub chose it, and the ended session it {@code continues} (its worktree and branch are taken
 * over, and its recap goes into the prompt).
 */
public record RunRequest(String name, Optional<String> agent, Path repo, Optional<String> baseBranch,
                         String prompt, Sender owner, Optional<SessionId> id, Optional<String> continues) {
    public RunRequest(String name, Optional<String> agent, Path repo, Optional<String> baseBranch, String prompt,
                      Sender owner) {
        this(name, agent, repo, baseBranch, prompt, owner, Optional.empty(), Optional.empty());
    }

    public RunRequest(String name, Optional<String> agent, Path repo, Optional<String> baseBranch, String prompt,
                      Sender owner, Optional<SessionId> id) {
        this(name, agent, repo, baseBranch, prompt, owner, id, Optional.empty());
    }

    /** The same request with the prompt the agent starts with (a continuation's recap added). */
    public RunRequest withPrompt(String newPrompt) {
        return new RunRequest(name, agent, repo, baseBranch, newPrompt, owner, id, continues);
    }
}
