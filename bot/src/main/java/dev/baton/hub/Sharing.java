package dev.baton.hub;

import dev.baton.chat.ChatEvent;
import dev.baton.chat.ChatSurface;
import dev.baton.chat.ChatUser;
import dev.baton.chat.Post;
import dev.baton.hub.access.Action;
import dev.baton.hub.access.Role;
import dev.baton.hub.access.Visibility;
import dev.baton.hub.page.LinkSigner;
import dev.baton.hub.store.HubSession;
import dev.baton.protocol.wire.WireMessage;
import java.util.Optional;

/**
 * {@code /agent link}, {@code /agent share @user [--watch|--drive|--approve]}, {@code /agent unshare @user} and
 * {@code /agent visibility private|shared|channel}. Every change re-checks the open pages of the session, so a
 * revoked viewer's live stream closes at once. Core thread.
 */
final class Sharing {
    private final HubState state;
    private final LinkSigner links;
    private final Pages pages;

    Sharing(HubState state, LinkSigner links, Pages pages) {
        this.state = state;
        this.links = links;
        this.pages = pages;
    }

    /** A personal, signed, expiring link to the session page, whispered to whoever asked. */
    void link(HubSession s, ChatEvent.Command c, ChatSurface from) {
        Optional<String> refusal = Access.refusal(state.guard.decide(Action.OPEN_PAGE, c.user(), s));
        if (refusal.isPresent()) {
            from.answer(c, Post.Text.of("Sorry " + c.user().name() + ", " + refusal.get() + "."));
            return;
        }
        String token = links.mint(s.id().value(), c.user(), state.access.linkTtl());
        long hours = state.access.linkTtl().toHours();
        String life = hours >= 1 ? hours + " h" : state.access.linkTtl().toMinutes() + " min";
        from.whisper(c.user(), c.thread().orElseThrow(), Post.Text.of("Your link to the live page of " + s.name()
                + " (only for you; it expires in " + life + "): " + state.pageBase + "/s/" + token));
    }

    void share(HubSession s, String who, Role role, ChatEvent.Command c, ChatSurface from) {
        if (!owner(s, c, from)) {
            return;
        }
        ChatUser user;
        try {
            user = Handoffs.resolve(who, c.user());
        } catch (IllegalArgumentException e) {
            from.answer(c, Post.Text.of("usage: /agent share @user [--watch|--drive|--approve]"));
            return;
        }
        state.store.access().putShare(s.id(), user.key(), user.name(), role.wire());
        String note = "";
        if (state.guard.of(s).visibility() == Visibility.PRIVATE) {
            state.store.access().putVisibility(s.id(), Visibility.SHARED.wire());
            note = " It was private; it is now shared with the people named.";
        }
        audit(s, c.user(), "share", user.name() + " as " + role.wire());
        state.say(s.threadKey(), Post.Text.of(c.user().name() + " shared " + s.name() + " with " + user.name() + " ("
                + role.wire() + ")." + note + " They can open it with /agent link."));
        pages.recheck(s.id().value());
    }

    void unshare(HubSession s, String who, ChatEvent.Command c, ChatSurface from) {
        if (!owner(s, c, from)) {
            return;
        }
        ChatUser user;
        try {
            user = Handoffs.resolve(who, c.user());
        } catch (IllegalArgumentException e) {
            from.answer(c, Post.Text.of("usage: /agent unshare @user"));
            return;
        }
        if (!state.store.access().removeShare(s.id(), user.key())) {
            from.answer(c, Post.Text.of(s.name() + " is not shared with " + user.name() + "."));
            return;
        }
        audit(s, c.user(), "unshare", user.name());
        int closed = pages.recheck(s.id().value());
        state.say(s.threadKey(), Post.Text.of(c.user().name() + " stopped sharing " + s.name() + " with " + user.name()
                + "." + (closed > 0 ? " Their open page was closed." : "")));
    }

    void visibility(HubSession s, Visibility v, ChatEvent.Command c, ChatSurface from) {
        if (!owner(s, c, from)) {
            return;
        }
        state.store.access().putVisibility(s.id(), v.wire());
        audit(s, c.user(), "visibility", v.wire());
        int closed = pages.recheck(s.id().value());
        state.say(s.threadKey(), Post.Text.of(c.user().name() + " made " + s.name() + " " + v.wire() + ": " + switch (v) {
            case PRIVATE -> "only its owner sees it.";
            case SHARED -> "only the people it is shared with see it (/agent share @user).";
            case CHANNEL -> "everyone in this channel sees and drives it.";
        } + (closed > 0 ? " " + closed + " open page(s) lost access and were closed." : "")));
    }

    /** Ownership changed (a handoff): open pages are re-checked. */
    void changed(String sessionId) {
        pages.recheck(sessionId);
    }

    private boolean owner(HubSession s, ChatEvent.Command c, ChatSurface from) {
        Optional<String> refusal = Access.refusal(state.guard.decide(Action.SHARE, c.user(), s));
        refusal.ifPresent(r -> from.answer(c, Post.Text.of("Sorry " + c.user().name() + ", " + r + ".")));
        return refusal.isEmpty();
    }

    private void audit(HubSession s, ChatUser by, String action, String what) {
        state.sendReliable(s.daemon(), new WireMessage.AuditNote(s.id().value(), by.platform().wire() + ":" + by.name(),
                action, "done", what));
    }
}
