package dev.baton.hub.daemons;

import dev.baton.hub.store.HubStore;
import dev.baton.protocol.id.SessionId;
import dev.baton.protocol.wire.Frame;
import dev.baton.protocol.wire.QueryKind;
import dev.baton.protocol.wire.WireJson;
import dev.baton.protocol.wire.WireMessage;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The daemons online and how to reach them: reliable sends (numbered, kept in the store's outbox, resent after a
 * reconnect), immediate sends (dropped when offline), and queries awaiting their answers. Links change on the core
 * thread; query answers may complete from anywhere.
 */
public final class DaemonLinks {
    private final HubStore store;
    private final Map<String, DaemonLink> online = new HashMap<>();
    private final Map<String, CompletableFuture<WireMessage.QueryResult>> queries = new ConcurrentHashMap<>();
    private final Map<String, Long> changedAt = new HashMap<>();
    private final java.time.Clock clock;

    public DaemonLinks(HubStore store) {
        this(store, java.time.Clock.systemUTC());
    }

    /** {@code clock}: stamps when each daemon came online or went offline ({@link #since}). */
    public DaemonLinks(HubStore store, java.time.Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** {@code link} is now the daemon's connection; returns the one it replaces, if any. */
    public Optional<DaemonLink> connected(DaemonLink link) {
        DaemonLink old = online.put(link.name(), link);
        changedAt.put(link.name(), clock.millis());
        return Optional.ofNullable(old).filter(o -> o != link);
    }

    /** {@code link} went away; false if a newer connection of the same daemon has replaced it already. */
    public boolean disconnected(DaemonLink link) {
        boolean gone = online.remove(link.name(), link);
        if (gone) {
            changedAt.put(link.name(), clock.millis());
        }
        return gone;
    }

    /** When the daemon last came online or went offline (epoch millis), if that happened since this hub started. */
    public Optional<Long> since(String daemon) {
        return Optional.ofNullable(changedAt.get(daemon));
    }

    public boolean online(String daemon) {
        DaemonLink link = online.get(daemon);
        return link != null && link.isOpen();
    }

    public Optional<DaemonLink> link(String daemon) {
        return Optional.ofNullable(online.get(daemon));
    }

    /** Every daemon connected now. */
    public Collection<DaemonLink> all() {
        return List.copyOf(online.values());
    }

    /** Every daemon registered with a token, online or not. */
    public List<String> registered() {
        return store.daemonNames();
    }

    /** Numbers, persists and (if the daemon is connected) sends a message; it is resent until acknowledged. */
    public void sendReliable(String daemon, WireMessage.Reliable message) {
        String[] text = new String[1];
        store.enqueue(daemon, n -> text[0] = WireJson.write(new Frame(n, 0, message)));
        DaemonLink link = online.get(daemon);
        if (link != null) {
            link.sendText(text[0]); // the outbox's own text: encoded once
        }
    }

    /** Sends an unnumbered message if the daemon is connected; returns false otherwise. */
    public boolean sendNow(String daemon, WireMessage message) {
        DaemonLink link = online.get(daemon);
        if (link == null || !link.isOpen()) {
            return false;
        }
        link.send(new Frame(0, 0, message));
        return true;
    }

    /** The daemon has applied our messages up to {@code n}: they leave the outbox. */
    public void acked(String daemon, long n) {
        store.acked(daemon, n);
    }

    /** Resends what {@code link}'s daemon has not acknowledged, as it was stored. */
    public void resend(DaemonLink link) {
        store.acked(link.name(), link.hello().ack());
        store.unacked(link.name()).forEach(link::sendText);
    }

    /**
     * Asks {@code daemon} about a session (core thread only). Empty when the daemon is offline; else the answer,
     * which completes exceptionally with a {@link java.util.concurrent.TimeoutException} after {@code within}.
     */
    public Optional<CompletableFuture<WireMessage.QueryResult>> query(String daemon, SessionId session, QueryKind kind,
                                                                     Duration within) {
        String requestId = UUID.randomUUID().toString();
        CompletableFuture<WireMessage.QueryResult> answer = new CompletableFuture<>();
        queries.put(requestId, answer);
        if (!sendNow(daemon, new WireMessage.Query(requestId, session, kind))) {
            queries.remove(requestId);
            return Optional.empty();
        }
        return Optional.of(answer.orTimeout(within.toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((r, e) -> queries.remove(requestId)));
    }

    /** A daemon's answer to a query; ignored if nobody waits for it any more. */
    public void answered(WireMessage.QueryResult result) {
        Optional.ofNullable(queries.remove(result.requestId())).ifPresent(f -> f.complete(result));
    }
}
