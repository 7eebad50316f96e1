package dev.baton.daemon.hub;

import dev.baton.daemon.screen.ScreenSnapshot;
import dev.baton.daemon.session.Session;
import dev.baton.daemon.session.output.Subscriber;
import dev.baton.protocol.wire.WireMessage;
import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PTY streams the hub asked for ({@link WireMessage.Watch}): one read-only subscriber per watched session,
 * drained by a virtual thread into {@link WireMessage.PtyOutput} frames (the current screen first, then live bytes,
 * coalesced up to 256 KiB a frame). A slow hub link cuts the feed off; it never stalls the PTY. Stopped when the hub
 * says nobody watches, or when the link drops (the hub asks again after a reconnect).
 */
final class PtyFeeds {
    private static final Logger log = LoggerFactory.getLogger(PtyFeeds.class);
    private static final int MAX_FRAME = 256 * 1024;
    private final Map<String, Subscriber<byte[]>> feeds = new ConcurrentHashMap<>();
    private final Predicate<WireMessage> out;

    /** {@code out} queues a frame for the hub without blocking; false when it is full. */
    PtyFeeds(Predicate<WireMessage> out) {
        this.out = out;
    }

    void start(Session session) {
        String id = session.id().value();
        Subscriber<byte[]> sink = new Subscriber<>(4096);
        Subscriber<byte[]> old = feeds.put(id, sink);
        if (old != null) {
            old.cutOff("replaced by a new watch");
        }
        session.watch(sink);
        Thread.ofVirtual().name("pty-feed-" + session.name()).start(() -> pump(session, id, sink));
    }

    void stop(String sessionId) {
        Subscriber<byte[]> sink = feeds.remove(sessionId);
        if (sink != null) {
            sink.cutOff("nobody watches");
        }
    }

    void stopAll() {
        feeds.keySet().forEach(this::stop);
    }

    private void pump(Session session, String id, Subscriber<byte[]> sink) {
        boolean first = true;
        ByteArrayOutputStream batch = new ByteArrayOutputStream();
        try {
            while (true) {
                byte[] chunk = sink.poll(1000);
                if (chunk == null) {
                    continue;
                }
                batch.reset();
                batch.writeBytes(chunk);
                byte[] more;
                while (batch.size() < MAX_FRAME && (more = sink.poll(0)) != null) {
                    batch.writeBytes(more);
                }
                ScreenSnapshot size = session.screen();
                if (!out.test(new WireMessage.PtyOutput(session.id(), first, size.cols(), size.rows(),
                        Base64.getEncoder().encodeToString(batch.toByteArray())))) {
                    sink.cutOff("the hub link is not keeping up");
                    log.info("session {}: page feed cut off, the hub link is full", session.name());
                }
                first = false;
            }
        } catch (Subscriber.Ended e) {
            log.debug("session {}: page feed ended: {}", session.name(), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            feeds.remove(id, sink);
        }
    }
}
