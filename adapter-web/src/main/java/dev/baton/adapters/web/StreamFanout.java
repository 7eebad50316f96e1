package dev.baton.adapters.web;

import dev.baton.protocol.json.Json;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands every change to every connected stream client without ever waiting for one: each client has a bounded
 * queue and its own writer thread, and a client that falls behind is disconnected.
 */
final class StreamFanout implements AutoCloseable {
    static final String NEW_MESSAGE = "message";
    static final String UPDATED_MESSAGE = "update";
    private static final Logger log = LoggerFactory.getLogger(StreamFanout.class);

    private final Set<StreamSubscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final int capacity;
    private final Duration heartbeat;
    private volatile boolean closed;

    StreamFanout(int capacity, Duration heartbeat) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a stream buffer holds at least one event");
        }
        this.capacity = capacity;
        this.heartbeat = heartbeat;
    }

    void publish(String event, StoredMessage message) {
        StreamFrame frame = new StreamFrame(event, Json.write(MessageJson.of(message)), message.visibleTo());
        for (StreamSubscriber s : subscribers) {
            if (!s.offer(frame)) {
                subscribers.remove(s);
                log.info("a stream client fell behind ({} events queued); disconnected", capacity);
            }
        }
    }

    /**
     * Serves one client on the calling thread until it disconnects, falls behind, or the fanout closes. The client
     * first gets a {@code ready} event: everything published after it reaches the client.
     */
    void serve(EventSink sink, Optional<String> viewer) {
        StreamSubscriber s = new StreamSubscriber(sink, viewer, capacity);
        subscribers.add(s);
        try {
            if (closed) {
                return;
            }
            sink.send("ready", "{}");
            s.drain(heartbeat);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            subscribers.remove(s);
            sink.close();
        }
    }

    int clients() {
        return subscribers.size();
    }

    @Override
    public void close() {
        closed = true;
        subscribers.forEach(StreamSubscriber::stop);
        subscribers.clear();
    }
}
