package dev.baton.hub.page;

import dev.baton.chat.ChatEvent;
import dev.baton.chat.ChatSurface;
import dev.baton.chat.ChatUser;
import dev.baton.chat.Post;
import dev.baton.hub.access.AccessGuard;
import dev.baton.hub.access.Action;
import dev.baton.hub.access.Identities;
import dev.baton.hub.access.Role;
import dev.baton.hub.access.Visibility;
import dev.baton.hub.sessions.Handoffs;
import dev.baton.hub.sessions.SessionThreads;
import dev.baton.hub.store.AccessStore;
import dev.baton.hub.store.HubSession;
import java.util.Optional;

/**
 * {@code /agent link}, {@code /agent share @user [--watch|--drive|--approve]}, {@code /agent unshare @user} and
 * {@code /agent visibility private|shared|channel}. Every change re-checks the open pages of the session, so a
 * revoked viewer's live stream closes at once. Core thread.
 */
public final class Sharing {
    private final AccessGuard guard;
    private final AccessStore access;
    private final SessionThreads threads;
    private final PageAddress address;
    private final PageViewers pages;

    public Sharing(AccessGuard guard, AccessStore access, SessionThreads threads, PageAddress address, PageViewers pages) {
        this.guard = guard;
        this.access = access;
        this.threads = threads;
        this.address = address;
        this.pages = pages;
    }

    /** A personal, signed, expiring link to the session page, whispered to whoever asked. */
    public void link(HubSession s, ChatEvent.Command c, ChatSurface from) {
        Optional<String> refusal = guard.refusal(Action.OPEN_PAGE, c.user(), s);
        if (refusal.isPresent()) {
            from.answer(c, Post.Text.of("Sorry " + c.user().name() + ", " + refusal.get() + "."));
            return;
        }
        long hours = address.ttl().toHours();
        String life = hours >= 1 ? hours + " h" : address.ttl().toMinutes() + " min";
        from.whisper(c.user(), c.thread().orElseThrow(), Post.Text.of("Your link to the live page of " + s.name()
                + " (only for you; it expires in " + life + "): " + address.linkFor(s.id(), c.user())));
    }

    public void share(HubSession s, String who, Role role, ChatEvent.Command c, ChatSurface from) {
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
        access.putShare(s.id(), user.key(), user.name(), role.wire());
        String note = "";
        if (guard.of(s).visibility() == Visibility.PRIVATE) {
            access.putVisibility(s.id(), Visibility.SHARED.wire());
            note = " It was private; it is now shared with the people named.";
        }
        audit(s, c.user(), "share", user.name() + " as " + role.wire());
        threads.say(s.thread(), Post.Text.of(c.user().name() + " shared " + s.name() + " with " + user.name() + " ("
                + role.wire() + ")." + note + " They can open it with /agent link."));
        pages.recheck(s.id());
    }

    public void unshare(HubSession s, String who, ChatEvent.Command c, ChatSurface from) {
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
        if (!access.removeShare(s.id(), user.key())) {
            from.answer(c, Post.Text.of(s.name() + " is not shared with " + user.name() + "."));
            return;
        }
        audit(s, c.user(), "unshare", user.name());
        int closed = pages.recheck(s.id());
        threads.say(s.thread(), Post.Text.of(c.user().name() + " stopped sharing " + s.name() + " with " + user.name()
                + "." + (closed > 0 ? " Their open page was closed." : "")));
    }

    public void visibility(HubSession s, Visibility v, ChatEvent.Command c, ChatSurface from) {
        if (!owner(s, c, from)) {
            return;
        }
        access.putVisibility(s.id(), v.wire());
        audit(s, c.user(), "visibility", v.wire());
        int closed = pages.recheck(s.id());
        threads.say(s.thread(), Post.Text.of(c.user().name() + " made " + s.name() + " " + v.wire() + ": " + switch (v) {
            case PRIVATE -> "only its owner sees it.";
            case SHARED -> "only the people it is shared with see it (/agent share @user).";
            case CHANNEL -> "everyone in this channel sees and drives it.";
        } + (closed > 0 ? " " + closed + " open page(s) lost access and were closed." : "")));
    }

    /** Ownership changed (a handoff): open pages are re-checked. */
    public void changed(HubSession s) {
        pages.recheck(s.id());
    }

    private boolean owner(HubSession s, ChatEvent.Command c, ChatSurface from) {
        Optional<String> refusal = guard.refusal(Action.SHARE, c.user(), s);
        refusal.ifPresent(r -> from.answer(c, Post.Text.of("Sorry " + c.user().name() + ", " + r + ".")));
        return refusal.isEmpty();
    }

    private void audit(HubSession s, ChatUser by, String action, String what) {
        guard.audit(s, Identities.sender(by), action, "done", what);
    }
}
