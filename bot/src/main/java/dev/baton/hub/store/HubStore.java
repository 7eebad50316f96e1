package dev.baton.hub.store;

import dev.baton.protocol.id.SessionId;
import java.util.List;
import java.util.Optional;

/**
 * The hub's durable state: daemons and their outboxes, sessions, turns, prompts, facts and names; {@link #access()}
 * and {@link #mirroring()} keep the rest. {@link SqliteHubStore} keeps it in {@code hub.db}. Callers are serialized by
 * the hub core; writes are synchronous, so an acknowledged message is stored.
 */
public interface HubStore extends AutoCloseable {
    /** Visibility, shares and the audit trail. */
    AccessStore access();

    /** Mirror threads and their prompt cards. */
    MirrorStore mirroring();

    /** The session streams: every event the daemons sent, once per (session, seq). */
    SessionEventStore events();

    /** What each person's turns of each session cost, per day. */
    UsageStore usage();

    // ---- daemons and their outboxes ----

    void putDaemon(String name, String tokenHash, long now);

    Optional<String> daemonTokenHash(String name);

    List<String> daemonNames();

    /** Numbers and keeps a frame for {@code daemon} atomically; returns its number. */
    long enqueue(String daemon, java.util.function.LongFunction<String> frame);

    /** Forgets the frames {@code daemon} has applied, up to {@code upTo}. */
    void acked(String daemon, long upTo);

    /** The frames {@code daemon} has not acknowledged, in order, as they were first encoded. */
    List<String> unacked(String daemon);

    // ---- sessions, turns, prompts ----

    void putSession(HubSession s);

    /** Every session, oldest first. */
    List<HubSession> sessions();

    void putTurn(HubTurn t);

    /** A session's turns in order. */
    List<HubTurn> turns(SessionId session);

    Optional<HubTurn> turn(String id);

    void putPrompt(HubPrompt p);

    Optional<HubPrompt> prompt(String id);

    /** Every prompt not answered yet, in the order they were last written. */
    List<HubPrompt> openPrompts();

    /** Ids of the sessions with a turn whose text or sender contains {@code query}, case-insensitively. */
    List<String> sessionsWithTurnsMatching(String query);

    /** A fact about a session that is not a field of it, e.g. {@code mode} (the sandbox mode in force). */
    void putFact(SessionId session, String key, String value);

    Optional<String> fact(SessionId session, String key);

    /** Who sent the session's latest turn, if anyone. */
    Optional<String> lastTurnSender(SessionId session);

    /** The people who have sent turns in a session (its drivers), as user keys. */
    List<String> turnSenders(SessionId session);

    // ---- people: the display name last seen for a user key ----

    void putName(String userKey, String name);

    /** {@code Bob (slack)} for {@code slack:U0BOB}: the name last seen, else the id, and the platform. */
    String who(String userKey);

    @Override
    void close();
}
