package dev.baton.hub.sessions;

import dev.baton.chat.ChatEvent;
import dev.baton.chat.ChatSurface;
import dev.baton.chat.ChatUser;
import dev.baton.chat.Post;
import dev.baton.hub.access.AccessGuard;
import dev.baton.hub.access.Identities;
import dev.baton.hub.store.HubSession;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /agent handoff [@user]}: ownership, and the approver role that comes with it, moves to the named user (or
 * to nobody: "up for grabs"), the thread gets the recap and the new owner is mentioned. Only the owner may hand a
 * session off; a session up for grabs may be taken by anyone in its thread ({@code /agent handoff @me}). Core thread.
 */
public final class Handoffs {
    /** Slack's mention markup: {@code <@U123>} or {@code <@U123|name>}. */
    private static final Pattern PLATFORM_MENTION = Pattern.compile("<@([A-Za-z0-9._-]+)(?:\\|([^>]+))?>");
    private final SessionDirectory sessions;
    private final SessionThreads threads;
    private final AccessGuard guard;
    private final RecapPoster recaps;

    public Handoffs(SessionDirectory sessions, SessionThreads threads, AccessGuard guard, RecapPoster recaps) {
        this.sessions = sessions;
        this.threads = threads;
        this.guard = guard;
        this.recaps = recaps;
    }

    public void handoff(HubSession s, Optional<String> to, ChatEvent.Command c, ChatSurface from) {
        ChatUser by = c.user();
        // Who may hand off is the access policy's call (ChatEvents asks it before this runs).
        Optional<ChatUser> next;
        try {
            next = to.map(t -> resolve(t, by));
        } catch (IllegalArgumentException e) {
            from.answer(c, Post.Text.of(e.getMessage()));
            return;
        }
        HubSession row = s.withOwner(next);
        sessions.put(row);
        threads.refreshCard(row);
        String outcome = next.map(u -> "to " + u.name()).orElse("up for grabs");
        guard.audit(s, Identities.sender(by), "handoff", "done", outcome);
        String heading = next.map(u -> by.name() + " handed " + s.name() + " to " + u.name())
                .orElse(by.name() + " made " + s.name() + " up for grabs: take it with /agent handoff @me");
        recaps.post(row, "Handoff: " + heading, next.map(List::of).orElse(List.of()));
    }

    /**
     * The owner left the channel: each live session of theirs there becomes up for grabs, with the recap and a
     * channel-wide note, so nobody waits on someone who is gone.
     */
    public void ownerLeft(ChatUser user, dev.baton.chat.ChannelRef channel) {
        for (HubSession s : sessions.inChannel(channel.key())) {
            if (s.ended() || s.upForGrabs() || !s.ownerKey().equals(user.key())) {
                continue;
            }
            HubSession row = s.withOwner(Optional.empty());
            sessions.put(row);
            threads.refreshCard(row);
            guard.audit(s, Identities.HUB, "handoff", "done", "up for grabs: the owner " + user.name() + " left the channel");
            recaps.post(row, "Handoff: " + user.name() + " left the channel, so " + s.name()
                    + " is up for grabs: take it with /agent handoff @me", List.of());
        }
    }

    /** {@code @me}, {@code @bob}, {@code bob} or a platform mention, on the caller's platform. */
    public static ChatUser resolve(String target, ChatUser caller) {
        String t = target.strip();
        Matcher m = PLATFORM_MENTION.matcher(t);
        if (m.matches()) {
            return new ChatUser(caller.platform(), m.group(1), m.group(2) == null ? m.group(1) : m.group(2));
        }
        String name = t.startsWith("@") ? t.substring(1) : t;
        if (name.equals("me")) {
            return caller;
        }
        if (name.isBlank() || name.length() > 128 || !name.matches("[\\p{L}\\p{N}._-]+")) {
            throw new IllegalArgumentException("usage: /agent handoff [@user] (e.g. @bob, or @me to take it)");
        }
        return new ChatUser(caller.platform(), name, name);
    }
}
