package dev.baton.daemon.tui;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads the daemon's feed of every session's events on its own thread and posts each as an {@link Input.FeedEvent}.
 * When the feed ends (the daemon restarts) it says so and opens it again, a second later.
 */
final class LiveFeed {
    private final DaemonPort port;
    private final Consumer<Input> post;
    private volatile boolean closed;
    private volatile DaemonPort.Stream stream;

    LiveFeed(DaemonPort port, Consumer<Input> post) {
        this.port = port;
        this.post = post;
    }

    /** Opens the feed now (so no event after the first listing is missed), then reads it in the background. */
    void start() {
        DaemonPort.Stream first = open();
        Thread.ofPlatform().daemon(true).name("tui-feed").start(() -> run(first));
    }

    void close() {
        closed = true;
        DaemonPort.Stream s = stream;
        if (s != null) {
            s.close();
        }
    }

    private void run(DaemonPort.Stream first) {
        DaemonPort.Stream s = first;
        while (!closed) {
            String why = "the daemon closed it";
            if (s != null) {
                try (DaemonPort.Stream current = s) {
                    Optional<Map<String, Object>> e;
                    while ((e = current.next()).isPresent()) {
                        post.accept(new Input.FeedEvent(e.get()));
                    }
                } catch (IOException | RuntimeException e) {
                    why = String.valueOf(e.getMessage());
                }
                if (closed) {
                    return;
                }
                post.accept(new Input.FeedLost(why));
            }
            try {
                Thread.sleep(1000); // back off before reconnecting to a daemon that is restarting
            } catch (InterruptedException e) {
                return;
            }
            s = open();
        }
    }

    private DaemonPort.Stream open() {
        try {
            stream = port.feed();
            return stream;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
