package dev.baton.adapters.slack;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** One {@link ChannelOutbox} per channel, made on first use; closes them all. */
final class Outboxes implements AutoCloseable {
    private final ConcurrentMap<String, ChannelOutbox> byChannel = new ConcurrentHashMap<>();
    private final SlackWebApi api;
    private final Duration interval;
    private final int capacity;
    private volatile boolean closed;

    Outboxes(SlackWebApi api, Duration interval, int capacity) {
        this.api = api;
        this.interval = interval;
        this.capacity = capacity;
    }

    ChannelOutbox of(String channel) {
        if (closed) {
            throw new SlackException("the Slack adapter is closed");
        }
        return byChannel.computeIfAbsent(channel, c -> new ChannelOutbox(c, api, interval, capacity,
                Ticker.systemTicker()));
    }

    @Override
    public void close() {
        closed = true;
        List<ChannelOutbox> all = List.copyOf(byChannel.values());
        all.forEach(o -> o.close(Duration.ofSeconds(3)));
    }
}
