package dev.baton.daemon.hub;

import dev.baton.daemon.git.RepoInspector;
import dev.baton.daemon.session.Sessions;
import dev.baton.daemon.store.SessionRow;
import dev.baton.daemon.store.StateStore;
import dev.baton.protocol.event.EventRecord;
import dev.baton.protocol.id.SessionId;
import dev.baton.protocol.json.JsonException;
import dev.baton.protocol.wire.Frame;
import dev.baton.protocol.wire.HeartbeatTiming;
import dev.baton.protocol.wire.Liveness;
import dev.baton.protocol.wire.WireJson;
import dev.baton.protocol.wire.WireMessage;
import dev.baton.protocol.wire.WireMessage.*;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daemon's side of the hub connection. One virtual thread dials, says hello, replays what the hub missed
 * and then applies the hub's frames in order; another sends, and sends a heartbeat when it had nothing to send for
 * an interval. A hub silent for the dead-peer window ({@link HeartbeatTiming}) counts as gone: the link is dropped
 * like a closed one. Reconnects with backoff, forever, until closed.
 */
public final class HubLink implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HubLink.class);
    private static final String APPLIED = "hub.last_applied";

    private final HubFacts facts;
    private final StateStore store;
    private final Sessions sessions;
    private final HubInbound inbound;
    private final List<AgentOffer> agents;
    private final Set<String> hubSessions = ConcurrentHashMap.newKeySet();
    private final BlockingQueue<WireMessage> outgoing = new ArrayBlockingQueue<>(20_000);
    private final Deque<StartResult> recentStarts = new ArrayDeque<>();
    private final Map<String, Long> sentUpTo = new ConcurrentHashMap<>();
    private volatile HubSocket socket;
    private volatile boolean queueing;
    private volatile boolean closed;
    private volatile String status = "connecting";
    private long lastApplied;
    private final HeartbeatTiming heartbeat;
    private final Clock clock;
    private int connections; // link thread only

    /** {@code heartbeat}: how often this side speaks up, and how long a silent hub is given before redialling. */
    public HubLink(HubFacts facts, Sessions sessions, RepoInspector git, StateStore store, HeartbeatTiming heartbeat,
                   Clock clock) {
        this.facts = facts;
        this.heartbeat = heartbeat;
        this.clock = clock;
        this.store = store;
        this.sessions = sessions;
        this.inbound = new HubInbound(sessions, git, hubSessions::add, m -> queueing && outgoing.offer(m));
        this.agents = sessions.spawnableAgents().stream()
                .map(a -> new AgentOffer(a.name(), a.vendor().name().toLowerCase(java.util.Locale.ROOT))).toList();
        this.lastApplied = store.meta(APPLIED).map(Long::parseLong).orElse(0L);
        for (SessionRow row : store.sessions()) {
            if (!row.owner().startsWith("cli:")) {
                hubSessions.add(row.id().value());
            }
        }
        sessions.tapEvents(this::tap);
    }

    public void start() {
        Thread.ofVirtual().name("hub-link").start(this::run);
    }

    /**
     * {@code connected to ws://… since <instant> (reconnects: N)}, {@code connecting}, {@code disconnected: why}, or why
     * the hub refused.
     */
    public String status() {
        return status;
    }

    private void run() {
        long backoff = 500;
        while (!closed) {
            try {
                connectOnce();
                backoff = 500;
            } catch (Rejected e) {
                status = "refused by the hub: " + e.getMessage();
                log.error("the hub at {} refused this daemon: {}", facts.url(), e.getMessage());
                backoff = 30_000;
            } catch (Exception e) {
                status = "disconnected: " + e.getMessage();
                log.info("hub link down ({}); retrying in {} ms", e.getMessage(), backoff);
            } finally {
                queueing = false;
                inbound.linkDown();
                outgoing.clear();
            }
            sleep(backoff);
            backoff = Math.min(backoff * 2, 10_000);
        }
    }

    private static final class Rejected extends Exception {
        Rejected(String reason) {
            super(reason);
        }
    }

    private void connectOnce() throws Exception {
        HubSocket s = HubSocket.connect(facts.url(), Duration.ofSeconds(10), Liveness.monotonic(heartbeat));
        socket = s;
        try {
            s.send(WireJson.write(new Frame(0, lastApplied, new Hello(WireMessage.VERSION, facts.daemonId(), facts.name(),
                    facts.host(), facts.repos(), agents, facts.capacity(), facts.token(), lastApplied))));
            String first = s.next(15_000);
            if (first == null || first.equals(HubSocket.CLOSED)) {
                throw new IllegalStateException("the hub did not answer the hello (" + s.closeReason() + ")");
            }
            switch (WireJson.read(first).message()) {
                case Welcome w -> resume(s, w.resume());
                case WireMessage.Rejected r -> throw new Rejected(r.reason());
                default -> throw new IllegalStateException("the hub answered the hello with something else");
            }
            status = "connected to " + facts.url() + " since " + clock.instant().truncatedTo(ChronoUnit.SECONDS)
                    + " (reconnects: " + connections++ + ")";
            log.info("connected to the hub at {}", facts.url());
            Thread sender = Thread.ofVirtual().name("hub-send").start(() -> sendLoop(s));
            try {
                readLoop(s);
            } finally {
                sender.interrupt();
            }
        } finally {
            s.close();
        }
    }

    /** Resends what the hub has not stored: events after its resume points, and recent start results. */
    private void resume(HubSocket s, Map<String, Long> resume) throws Exception {
        queueing = true;
        sentUpTo.clear();
        store.flush();
        Set<String> ids = new HashSet<>(hubSessions);
        ids.addAll(resume.keySet());
        for (String id : ids) {
            long after = resume.getOrDefault(id, 0L);
            List<EventRecord> page;
            do {
                page = store.events(new SessionId(id), after, 2000);
                for (EventRecord e : page) {
                    s.send(WireJson.write(new Frame(0, lastApplied, new Event(e))));
                    after = e.seq();
                }
            } while (page.size() == 2000);
            sentUpTo.put(id, after);
        }
        synchronized (recentStarts) {
            for (StartResult r : recentStarts) {
                s.send(WireJson.write(new Frame(0, lastApplied, r)));
            }
        }
    }

    private void readLoop(HubSocket s) throws Exception {
        while (!closed) {
            String text = s.next(heartbeat.tick().toMillis());
            if (text != null && text.equals(HubSocket.CLOSED)) {
                throw new IllegalStateException("the hub closed the connection: " + s.closeReason());
            }
            var silence = s.liveness().deadPeer();
            if (silence.isPresent()) {
                throw new IllegalStateException("nothing heard from the hub for " + silence.get().toMillis() + " ms");
            }
            if (text == null) {
                continue;
            }
            Frame frame;
            try {
                frame = WireJson.read(text);
            } catch (JsonException | IllegalArgumentException e) {
                log.warn("ignored a malformed frame from the hub: {}", e.getMessage());
                continue;
            }
            if (frame.message() instanceof Heartbeat) {
                continue;
            }
            if (frame.number() > 0 && frame.number() <= lastApplied) {
                outgoing.offer(new Ack());
                continue;
            }
            inbound.apply(frame.message()).ifPresent(this::reply);
            if (frame.number() > 0) {
                lastApplied = frame.number();
                store.putMeta(APPLIED, Long.toString(lastApplied));
                store.flush();
                outgoing.offer(new Ack());
            }
        }
    }

    private void reply(WireMessage m) {
        if (m instanceof StartResult r) {
            synchronized (recentStarts) {
                recentStarts.addLast(r);
                if (recentStarts.size() > 100) {
                    recentStarts.removeFirst();
                }
            }
        }
        outgoing.offer(m);
    }

    private void sendLoop(HubSocket s) {
        try {
            while (!closed) {
                WireMessage m = outgoing.poll(s.liveness().untilHeartbeat().toNanos(), TimeUnit.NANOSECONDS);
                if (m == null) {
                    if (s.liveness().heartbeatDue()) {
                        s.send(WireJson.write(new Frame(0, lastApplied, new Heartbeat())));
                    }
                    continue;
                }
                if (m instanceof Event e && e.record().seq() <= sentUpTo.getOrDefault(e.record().session().value(), 0L)) {
                    continue;
                }
                s.send(WireJson.write(new Frame(0, lastApplied, m)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.info("sending to the hub failed: {}", e.getMessage());
            s.close();
        }
    }

    /** Called on a session's actor thread for every event; never blocks. */
    private void tap(EventRecord record) {
        if (queueing && hubSessions.contains(record.session().value()) && !outgoing.offer(new Event(record))) {
            log.warn("the hub is not keeping up; reconnecting to resync");
            HubSocket s = socket;
            if (s != null) {
                s.close();
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed = true;
        HubSocket s = socket;
        if (s != null) {
            s.close();
        }
    }
}
