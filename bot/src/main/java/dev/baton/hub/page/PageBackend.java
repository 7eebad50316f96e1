package dev.baton.hub.page;

import dev.baton.protocol.wire.QueryKind;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The page's view of the hub core. Every call re-checks the link's user against the session's access policy first
 * and answers on the core thread; callers wait on the future, never the core on them.
 */
public interface PageBackend {
    /** The session's facts, turns, open prompt and what the user may do; or why not ({@link Refused}). */
    CompletableFuture<Map<String, Object>> state(PageLink link);

    /** Does it, or says why not. */
    CompletableFuture<Optional<String>> act(PageLink link, PageAction action);

    /** Asks the session's daemon; completes with the (redacted) text, or exceptionally with {@link Refused}. */
    CompletableFuture<String> query(PageLink link, QueryKind kind);

    /** Starts streaming the session's terminal to {@code viewer}; empty, or why not. */
    CompletableFuture<Optional<String>> watch(Viewer viewer);

    void unwatch(Viewer viewer);

    /** A refusal or a failure with a reason for the person. */
    final class Refused extends RuntimeException {
        private final int status;

        public Refused(int status, String reason) {
            super(reason, null, false, false);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }
}
