package dev.baton.hub.page;

import dev.baton.chat.ChatUser;
import dev.baton.protocol.id.SessionId;
import java.time.Duration;
import java.util.Optional;

/**
 * Where session page links point and how long they last: {@code [access] base_url}, else this hub's own address
 * once it listens; each link is signed for one user and one session by {@link LinkSigner}.
 */
public final class PageAddress {
    private final LinkSigner signer;
    private final Duration ttl;
    private final Optional<String> configured;
    private volatile String base = "";

    public PageAddress(LinkSigner signer, Duration ttl, Optional<String> configured) {
        this.signer = signer;
        this.ttl = ttl;
        this.configured = configured;
        configured.ifPresent(b -> base = b);
    }

    /** The hub listens at {@code own} (e.g. {@code http://127.0.0.1:7420}); used unless a base URL is configured. */
    public void listening(String own) {
        base = configured.orElse(own);
    }

    public Duration ttl() {
        return ttl;
    }

    /** A personal link to the page of {@code session}, valid for {@link #ttl()}. */
    public String linkFor(SessionId session, ChatUser user) {
        return base + "/s/" + signer.mint(session.value(), user, ttl);
    }

    /** A personal link to {@code user}'s dashboard (every session they may see), valid for {@link #ttl()}. */
    public String dashboardFor(ChatUser user) {
        return base + "/dashboard/" + signer.mintDashboard(user, ttl);
    }

    /** Where this hub is reached (for links to the web chat's threads). */
    public String base() {
        return base;
    }
}
