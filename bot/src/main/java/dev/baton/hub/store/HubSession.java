package dev.baton.hub.store;

import dev.baton.chat.ChatUser;
import dev.baton.chat.MessageRef;
import dev.baton.chat.ThreadRef;
import dev.baton.protocol.id.SessionId;
import dev.baton.protocol.session.SessionState;
import java.util.Objects;
import java.util.Optional;

/**
 * What the hub knows about a session: where it runs, its last known state and attention, whom it belongs to (nobody
 * while it is up for grabs), its goal, its status card (whose thread is the session's first thread), how many turns it
 * has had and the last event seq stored. A start the daemon refused is {@link SessionState#FAILED} with
 * {@code startRefused}. Only a {@link HubStore} maps it to columns.
 */
public record HubSession(SessionId id, String name, Workplace where, SessionState state, boolean startRefused,
                         String attention, Optional<ChatUser> owner, String goal, Optional<MessageRef> card, long turns,
                         long lastSeq, long createdAt) {
    public HubSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(card, "card");
    }

    /** A session just asked for: starting, owned by whoever asked, its card not posted yet. */
    public static HubSession starting(SessionId id, String name, Workplace where, ChatUser owner, String goal, long now) {
        return new HubSession(id, name, where, SessionState.STARTING, false, "", Optional.of(owner), goal,
                Optional.empty(), 0, 0, now);
    }

    public boolean upForGrabs() {
        return owner.isEmpty();
    }

    /** Ended: a terminal state, or a start that was refused. */
    public boolean ended() {
        return state.isTerminal();
    }

    /** How the state reads in chat: {@code running}, or {@code not started} for a refused start. */
    public String stateWords() {
        return startRefused ? "not started" : state.wire();
    }

    /** The owner's user key ({@code web:ana}), or empty while up for grabs. */
    public String ownerKey() {
        return owner.map(ChatUser::key).orElse("");
    }

    public String ownerName() {
        return owner.map(ChatUser::name).orElse("");
    }

    /** The session's first thread (where its card is); every session in the directory has posted its card. */
    public ThreadRef thread() {
        return card.orElseThrow(() -> new IllegalStateException("session " + name + " has no card yet")).thread();
    }

    /** The first thread's key ({@code web:general/12}), or empty before the card is posted. */
    public String threadKey() {
        return card.map(c -> c.thread().key()).orElse("");
    }

    public String daemon() {
        return where.daemon();
    }

    public String agent() {
        return where.agent();
    }

    public String repo() {
        return where.repo();
    }

    public String baseBranch() {
        return where.baseBranch();
    }

    public String branch() {
        return where.branch();
    }

    /** Handed to {@code to}, or up for grabs with empty. */
    public HubSession withOwner(Optional<ChatUser> to) {
        return new HubSession(id, name, where, state, startRefused, attention, to, goal, card, turns, lastSeq, createdAt);
    }

    public HubSession withState(SessionState to, String newAttention) {
        return new HubSession(id, name, where, to, startRefused, newAttention, owner, goal, card, turns, lastSeq, createdAt);
    }

    public HubSession withAttention(String newAttention) {
        return withState(state, newAttention);
    }

    /** The daemon refused to start it: ended, as {@code not started}. */
    public HubSession withStartRefused() {
        return new HubSession(id, name, where, SessionState.FAILED, true, "", owner, goal, card, turns, lastSeq, createdAt);
    }

    public HubSession withBranch(String newBase, String newBranch, String newRepo) {
        return new HubSession(id, name, where.withBranch(newBase, newBranch, newRepo), state, startRefused, attention,
                owner, goal, card, turns, lastSeq, createdAt);
    }

    public HubSession withCard(MessageRef posted) {
        return new HubSession(id, name, where, state, startRefused, attention, owner, goal, Optional.of(posted), turns,
                lastSeq, createdAt);
    }

    public HubSession withTurns(long newTurns) {
        return new HubSession(id, name, where, state, startRefused, attention, owner, goal, card, newTurns, lastSeq, createdAt);
    }

    public HubSession withLastSeq(long seq) {
        return new HubSession(id, name, where, state, startRefused, attention, owner, goal, card, turns, seq, createdAt);
    }
}
