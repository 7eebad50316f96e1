package dev.baton.hub.dashboard;

import dev.baton.hub.page.PageLink;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The dashboard's view of the hub core, answered on the core thread. The link is a dashboard link (a {@link PageLink}
 * with no session): every session is checked against the access policy for its user.
 */
public interface DashboardBackend {
    /** The sessions the user may see (those waiting on them first) and the daemons. */
    CompletableFuture<Map<String, Object>> view(PageLink link);

    /** Answers an open prompt as the page's Approve/Deny do (same checks, same audit); empty, or why not. */
    CompletableFuture<Optional<String>> answer(PageLink link, String promptId, String decision);
}
