package dev.baton.hub;

import dev.baton.chat.ChatEvent;
import dev.baton.chat.ChatInbound;
import dev.baton.chat.ChatSurface;
import dev.baton.hub.daemons.DaemonLink;
import dev.baton.hub.daemons.DaemonListener;
import dev.baton.protocol.session.HeldSecrets;
import dev.baton.protocol.wire.Frame;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hub's one thread of state: chat events and daemon frames arrive as messages and are applied in order.
 * WebSocket and HTTP threads only enqueue; they never touch hub state.
 */
final class HubCore implements ChatInbound, DaemonListener, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HubCore.class);

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
    private final ChatHandler chat;
    private final DaemonHandler daemons;
    private final PromptAnswers prompts;
    private final HubState state;
    private final HeldSecrets held;
    private final Pages pages;
    private final Thread thread;
    private final java.util.concurrent.ScheduledExecutorService ticker =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("hub-tick").daemon(true).factory());

    /** {@code held}: the secrets this hub holds, redacted by value from every post and page (the hub owns it). */
    HubCore(HubState state, dev.baton.hub.page.LinkSigner links, HeldSecrets held) {
        this.state = state;
        this.held = held;
        Recaps recaps = new Recaps(state);
        this.prompts = new PromptAnswers(state, recaps);
        this.pages = new Pages(state, this::submit, prompts, new PageRedaction(held));
        this.daemons = new DaemonHandler(state, prompts, recaps, pages);
        this.chat = new ChatHandler(state, prompts, recaps, new Sharing(state, links, pages));
        this.thread = Thread.ofPlatform().name("hub-core").unstarted(this::run);
    }

    void start() {
        thread.start();
        long every = Math.max(200, Math.min(15_000, state.approvals.escalateAfter().toMillis() / 4));
        ticker.scheduleWithFixedDelay(() -> mailbox.offer(new Tick()), every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void accept(ChatEvent event, ChatSurface from) {
        tell(new ChatIn(event, RedactingSurface.wrap(from, held)));
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

    /** The core's side of the session page. */
    Pages pages() {
        return pages;
    }

    /** Runs {@code work} on the core thread, in order with everything else. */
    void submit(Runnable work) {
        tell(new Task(work));
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
                    case Up u -> {
                        daemons.up(u.link());
                        pages.daemonUp(u.link().name());
                    }
                    case FrameIn f -> daemons.frame(f.link(), f.frame());
                    case Down d -> daemons.down(d.link());
                    case Tick t -> {
                        prompts.escalate(state.clock.millis());
                        pages.recheckAll();
                    }
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
