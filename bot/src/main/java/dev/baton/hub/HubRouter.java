package dev.baton.hub;

import dev.baton.chat.ChatEvent;
import dev.baton.chat.ChatInbound;
import dev.baton.chat.ChatSurface;
import dev.baton.hub.daemons.DaemonLink;
import dev.baton.hub.daemons.DaemonListener;
import dev.baton.hub.sessions.RedactingSurface;
import dev.baton.protocol.session.HeldSecrets;
import dev.baton.protocol.wire.Frame;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hub's one thread of state: chat events, daemon frames, the page's requests and a periodic tick arrive in one
 * bounded mailbox and are routed, in order, to {@link ChatEvents}, {@link DaemonFrames} or the task. WebSocket and
 * HTTP threads only enqueue; they never touch hub state.
 */
final class HubRouter implements ChatInbound, DaemonListener, Executor, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HubRouter.class);

    private sealed interface Input {}

    private record ChatIn(ChatEvent event, ChatSurface from) implements Input {}

    private record Up(DaemonLink link) implements Input {}

    private record FrameIn(DaemonLink link, Frame frame) implements Input {}

    private record Down(DaemonLink link) implements Input {}

    private record Stop() implements Input {}

    private record Tick() implements Input {}

    /** Work for the core thread from elsewhere (the session page's requests). */
    private record Task(Runnable work) implements Input {}

    private final BlockingQueue<Input> mailbox = new ArrayBlockingQueue<>(10_000);
    private final HeldSecrets held;
    private final Thread thread = Thread.ofPlatform().name("hub-core").unstarted(this::run);
    private final ScheduledExecutorService ticker =
            Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("hub-tick").daemon(true).factory());
    private ChatEvents chat;
    private DaemonFrames daemons;
    private Runnable tick = () -> { };

    /** {@code held}: the secrets this hub holds, redacted by value from every post (the hub owns it). */
    HubRouter(HeldSecrets held) {
        this.held = held;
    }

    /** Routes to these; set once, before {@link #start}. */
    void routeTo(ChatEvents chatEvents, DaemonFrames daemonFrames, Runnable onTick) {
        this.chat = chatEvents;
        this.daemons = daemonFrames;
        this.tick = onTick;
    }

    /** Starts the core thread, and the tick every {@code every} (escalations, page link expiry). */
    void start(Duration every) {
        thread.start();
        long ms = every.toMillis();
        ticker.scheduleWithFixedDelay(() -> mailbox.offer(new Tick()), ms, ms, TimeUnit.MILLISECONDS);
    }

    @Override
    public void accept(ChatEvent event, ChatSurface from) {
        tell(new ChatIn(event, RedactingSurface.wrap(from, held)));
    }

    /** Runs {@code work} on the core thread, in order with everything else. */
    @Override
    public void execute(Runnable work) {
        tell(new Task(work));
    }

    @Override
    public void connected(DaemonLink link) {
        tell(new Up(link));
    }

    @Override
    public void frame(DaemonLink link, Frame frame) {
        tell(new FrameIn(link, frame));
    }

    @Override
    public void disconnected(DaemonLink link) {
        tell(new Down(link));
    }

    private void tell(Input input) {
        try {
            if (!mailbox.offer(input, 5, TimeUnit.SECONDS)) {
                log.error("the hub core is not keeping up; dropped a {}", input.getClass().getSimpleName());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        while (true) {
            Input input;
            try {
                input = mailbox.take();
            } catch (InterruptedException e) {
                return;
            }
            try {
                switch (input) {
                    case ChatIn c -> chat.handle(c.event(), c.from());
                    case Up u -> daemons.up(u.link());
                    case FrameIn f -> daemons.frame(f.link(), f.frame());
                    case Down d -> daemons.down(d.link());
                    case Tick t -> tick.run();
                    case Task t -> t.work().run();
                    case Stop s -> {
                        return;
                    }
                }
            } catch (RuntimeException e) {
                log.error("hub core failed on {}", input.getClass().getSimpleName(), e);
            }
        }
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        tell(new Stop());
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
