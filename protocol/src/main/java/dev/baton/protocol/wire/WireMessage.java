package dev.baton.protocol.wire;

import dev.baton.protocol.event.EventRecord;
import dev.baton.protocol.id.SessionId;
import dev.baton.protocol.json.JsonDefault;
import dev.baton.protocol.json.JsonName;
import dev.baton.protocol.json.JsonTag;
import dev.baton.protocol.session.CoAuthor;
import dev.baton.protocol.session.Decision;
import dev.baton.protocol.session.Sender;
import java.util.List;
import java.util.Optional;

/**
 * Every frame between a daemon and the hub. Hub→daemon messages marked {@link Reliable} are numbered, kept
 * in the hub's outbox until the daemon acknowledges them, resent after a reconnect, and dropped as duplicates
 * by the daemon. Daemon→hub messages are idempotent by content: events by (session, seq), start results by
 * request id; after a reconnect the hub says where each session's event stream should resume. The JSON form
 * ({@link WireJson}) follows the records: each component is a field, and {@code type} names the record. Ids,
 * senders, decisions and co-authors are typed here; their JSON is their text ({@code s-…}, {@code web:ana},
 * {@code allow_once}, {@code Name <email>}).
 */
public sealed interface WireMessage {
    JsonTag JSON_TAG = new JsonTag("type", "message type");

    /** The protocol version both sides must speak (2: both sides send {@link Heartbeat}s and drop a silent peer). */
    int VERSION = 2;

    /** Numbered, persisted and resent until acknowledged. */
    sealed interface Reliable extends WireMessage {}

    // ---- daemon → hub -------------------------------------------------------------------------------

    /** The daemon's first frame. {@code ack}: the last hub message number it has applied. */
    record Hello(int protocolVersion, String daemonId, String name, @JsonDefault String host, List<String> repos,
                 List<AgentOffer> agents, int capacity, @JsonDefault String token,
                 @JsonName("hello_ack") long ack) implements WireMessage {}

    /** An agent the daemon can really spawn (its command resolves on PATH). */
    record AgentOffer(String name, String vendor) {}

    /** A session asked for with {@link StartSession} is running, or could not start. */
    record StartResult(String requestId, SessionId sessionId, boolean started, @JsonDefault String reason,
                       @JsonDefault String name, @JsonDefault String agent, @JsonDefault String repo,
                       @JsonDefault String baseBranch, @JsonDefault String branch) implements Reliable {}

    /** One event of a session the hub knows; the hub drops duplicates by (session, seq). */
    record Event(EventRecord record) implements Reliable {}

    /**
     * PTY output of a session someone watches on its page ({@link Watch}). The first frame after a watch starts has
     * {@code reset}: it repaints the current screen; later ones carry the live bytes. {@code data} is Base64.
     */
    record PtyOutput(SessionId sessionId, boolean reset, int cols, int rows,
                     @JsonDefault String data) implements WireMessage {}

    /** The answer to a {@link Query}. */
    record QueryResult(String requestId, boolean ok, @JsonDefault String text) implements WireMessage {}

    // ---- hub → daemon -------------------------------------------------------------------------------

    /**
     * The hub accepted the daemon. {@code resume}: for each session of this daemon the hub knows, the last
     * event seq it has stored; the daemon resends everything after it.
     */
    record Welcome(@JsonDefault("hub") String hub, java.util.Map<String, Long> resume) implements WireMessage {
        public Welcome {
            resume = java.util.Map.copyOf(resume);
        }
    }

    /** The hub refused the daemon; the connection closes after this frame. */
    record Rejected(@JsonDefault("rejected") String reason) implements WireMessage {}

    /**
     * Start a session with the id the hub chose. {@code continues}: the ended session it takes over, or empty.
     * {@code coAuthor}: the owner as {@code Name <email>} for Co-authored-by trailers (the prompt is their first
     * turn), or empty when the hub knows no email for them.
     */
    record StartSession(String requestId, SessionId sessionId, String name, @JsonDefault String agent, String repo,
                        @JsonDefault String branch, @JsonDefault String prompt, Sender owner,
                        @JsonDefault String continues, Optional<CoAuthor> coAuthor) implements Reliable {
        public StartSession(String requestId, SessionId sessionId, String name, String agent, String repo, String branch,
                            String prompt, Sender owner) {
            this(requestId, sessionId, name, agent, repo, branch, prompt, owner, "", Optional.empty());
        }
    }

    /**
     * A chat turn for a session's FIFO; delivered to the PTY when the agent is ready for input. {@code coAuthor}:
     * the sender as {@code Name <email>} (from {@code [identities.*]}), or empty.
     */
    record DeliverTurn(SessionId sessionId, String turnId, long number, Sender sender, String text,
                       Optional<CoAuthor> coAuthor) implements Reliable {
        public DeliverTurn(SessionId sessionId, String turnId, long number, Sender sender, String text) {
            this(sessionId, turnId, number, sender, text, Optional.empty());
        }
    }

    /** Keys straight to the PTY, bypassing the turn queue. */
    record SendKeys(SessionId sessionId, List<String> keys, Sender sender) implements WireMessage {}

    record Kill(SessionId sessionId, boolean remove, Sender sender) implements Reliable {}

    /**
     * An answer to an open permission prompt, bound to the prompt's id and the hash of its tool input; the daemon
     * refuses it if that prompt is no longer open or the input changed.
     */
    record AnswerPrompt(SessionId sessionId, String promptId, @JsonDefault String inputHash, Decision decision,
                        Sender sender, @JsonDefault String message, Optional<CoAuthor> coAuthor) implements Reliable {
        public AnswerPrompt(SessionId sessionId, String promptId, String inputHash, Decision decision, Sender sender,
                            String message) {
            this(sessionId, promptId, inputHash, decision, sender, message, Optional.empty());
        }
    }

    /** Something decided at the hub that belongs in the session's audit trail (a refused approval). */
    record AuditNote(SessionId sessionId, Sender actor, String action, String outcome, @JsonDefault String reason)
            implements Reliable {}

    /** Start ({@code on}) or stop streaming a session's PTY output to the hub as {@link PtyOutput}. */
    record Watch(SessionId sessionId, boolean on) implements WireMessage {}

    /**
     * Pause ({@code paused}): interrupt the agent with its vendor's interrupt key and hold the turn queue; or resume:
     * release the queue.
     */
    record Pause(SessionId sessionId, boolean paused, Sender sender) implements Reliable {}

    /**
     * Raise a session's dollar budget by {@code usd} dollars (a budget card's "Raise by $N", already checked against
     * the approvers at the hub): the daemon applies it as {@code agent budget NAME --raise} does, recording
     * {@code budget_raised} with {@code sender}; a raise it cannot apply is audited as refused.
     */
    record RaiseBudget(SessionId sessionId, String usd, Sender sender) implements Reliable {}

    /**
     * Ask for something the daemon renders: a {@link QueryKind}. On the wire it is its word ({@code kind}:
     * {@code screen}, {@code file:PATH}); {@link #kind()} is the typed one, checked when the message is made.
     */
    record Query(String requestId, SessionId sessionId, @JsonName("kind") String kindWord) implements WireMessage {
        public Query {
            QueryKind.parse(kindWord).orElseThrow(() -> new IllegalArgumentException("unknown query kind '" + kindWord + "'"));
        }

        public Query(String requestId, SessionId sessionId, QueryKind kind) {
            this(requestId, sessionId, kind.wire());
        }

        public QueryKind kind() {
            return QueryKind.parse(kindWord).orElseThrow();
        }
    }

    // ---- both ---------------------------------------------------------------------------------------

    /** A frame that only carries its {@link Frame#ack()}: the sender has applied every message up to it. */
    record Ack() implements WireMessage {}

    /**
     * Sent by either side when it has sent nothing else for a {@link HeartbeatTiming#interval()}: it keeps idle
     * timeouts on the way from closing a quiet link, and its absence tells the peer the link is gone.
     */
    record Heartbeat() implements WireMessage {}
}
