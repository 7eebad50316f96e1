package dev.baton.daemon.tui;

import dev.baton.protocol.id.SessionId;
import dev.baton.protocol.session.Decision;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.jline.utils.AttributedString;

/**
 * The TUI's state and what each {@link Input} does to it, confined to the loop's thread. Requests to the daemon run
 * on {@code background} and come back as inputs through {@code post}; a listing is asked for again when the feed
 * says something changed (at most one at a time, the next one coalescing whatever arrived meanwhile).
 */
final class Controller {
    private final DaemonPort port;
    private final Consumer<Input> post;
    private final Executor background;
    private final LongSupplier millis;
    private final Board board = new Board();
    private final Map<SessionId, Detail> details = new HashMap<>();
    private Mode mode = new Mode.Rows();
    private String status = "";
    private long listedAt;
    private boolean listing;
    private boolean listAgain;
    private boolean quit;
    private String attach;
    private int lastHeight = 24;

    Controller(DaemonPort port, Consumer<Input> post, Executor background, LongSupplier millis) {
        this.port = port;
        this.post = post;
        this.background = background;
        this.millis = millis;
    }

    /** The first listing, asked for on the caller's thread so the first frame has rows. */
    void start() {
        listed(port.list());
    }

    void handle(Input input) {
        switch (input) {
            case Input.Key k -> key(k);
            case Input.FeedEvent f -> feed(f.event());
            case Input.FeedLost l -> {
                status = "live feed lost (" + l.reason() + "); reconnecting";
                relist();
            }
            case Input.Listed l -> {
                listed(l.listing());
                listing = false;
                if (listAgain) {
                    listAgain = false;
                    relist();
                }
            }
            case Input.ListFailed f -> {
                listing = false;
                status = "could not list the sessions: " + f.reason();
            }
            case Input.History h -> details.computeIfAbsent(h.session(), id -> new Detail()).history(h.events());
            case Input.Done d -> {
                status = d.status();
                if (d.open() != null) {
                    mode = d.open();
                }
            }
            case Input.Resized r -> { }
            case Input.Tick t -> { }
        }
    }

    List<AttributedString> frame(int width, int height) {
        lastHeight = height;
        return Renderer.frame(board, details, mode, status, width, height, millis.getAsLong() - listedAt);
    }

    boolean quit() {
        return quit;
    }

    /** The session to attach to, once: the loop hands the terminal over and calls {@link #attached} after. */
    Optional<String> takeAttach() {
        String a = attach;
        attach = null;
        return Optional.ofNullable(a);
    }

    void attached(String name, String how) {
        status = name + ": " + how;
        relist();
    }

    /** Which key map the next key is read with. */
    boolean typing() {
        return mode instanceof Mode.Typing || mode instanceof Mode.ConfirmKill;
    }

    Board board() {
        return board;
    }

    Mode mode() {
        return mode;
    }

    private void listed(DaemonPort.Listing l) {
        board.update(l);
        listedAt = millis.getAsLong();
        board.selected().ifPresent(this::loadHistory);
    }

    private void feed(Map<String, Object> event) {
        if (event.get("session") instanceof String id && event.get("at") instanceof String at) {
            SessionId session = new SessionId(id);
            board.touched(session, at);
            details.computeIfAbsent(session, s -> new Detail()).apply(event);
        }
        relist();
    }

    private void relist() {
        if (listing) {
            listAgain = true;
            return;
        }
        listing = true;
        background.execute(() -> {
            Input result;
            try {
                result = new Input.Listed(port.list());
            } catch (RuntimeException e) {
                result = new Input.ListFailed(e.getMessage());
            }
            post.accept(result);
        });
    }

    private void loadHistory(Row r) {
        Detail d = details.computeIfAbsent(r.id(), id -> new Detail());
        if (!d.historyLoaded()) {
            d.history(List.of()); // asked for once
            run(() -> new Input.History(r.id(), port.events(r.name())));
        }
    }

    private void key(Input.Key k) {
        switch (mode) {
            case Mode.Rows r -> rowsKey(k.action());
            case Mode.Overlay o -> {
                switch (k.action()) {
                    case UP -> mode = o.scrolled(-1, lastHeight - 3);
                    case DOWN -> mode = o.scrolled(1, lastHeight - 3);
                    case QUIT, CANCEL -> mode = new Mode.Rows();
                    default -> { }
                }
            }
            case Mode.Typing t -> typingKey(t, k);
            case Mode.ConfirmKill c -> {
                mode = new Mode.Rows();
                if (k.action() == Action.CHAR && k.text().equalsIgnoreCase("y")) {
                    status = "killing " + c.session() + "…";
                    run(() -> new Input.Done(c.session() + ": " + port.kill(c.session()), null));
                } else {
                    status = "kept " + c.session();
                }
            }
        }
        board.selected().ifPresent(this::loadHistory);
    }

    private void rowsKey(Action a) {
        Optional<Row> sel = board.selected();
        switch (a) {
            case UP -> board.move(-1);
            case DOWN -> board.move(1);
            case QUIT -> quit = true;
            case HELP -> mode = new Mode.Overlay("help", Keys.HELP.lines().toList(), 0);
            case FILTER -> mode = new Mode.Typing(Mode.Purpose.FILTER, "", board.filter());
            case CANCEL -> board.filter("");
            case ATTACH -> sel.ifPresent(r -> attach = r.name());
            case TYPE -> sel.ifPresent(r -> mode = new Mode.Typing(Mode.Purpose.TURN, r.name(), ""));
            case KILL -> sel.ifPresent(r -> mode = new Mode.ConfirmKill(r.name()));
            case APPROVE -> answer(sel, Decision.ALLOW_ONCE);
            case APPROVE_ALWAYS -> answer(sel, Decision.ALLOW_ALWAYS);
            case DENY -> answer(sel, Decision.DENY);
            case SCREEN -> sel.ifPresent(r -> view(r, "screen", () -> port.screen(r.name()).lines().toList()));
            case RECAP -> sel.ifPresent(r -> view(r, "recap", () -> port.recap(r.name()).lines().toList()));
            case EVENTS -> sel.ifPresent(r -> view(r, "events",
                    () -> port.events(r.name()).stream().map(EventLine::of).toList()));
            case CHAR, BACKSPACE, SUBMIT -> { }
        }
    }

    private void typingKey(Mode.Typing t, Input.Key k) {
        switch (k.action()) {
            case CHAR -> mode = t.with(t.text() + k.text());
            case BACKSPACE -> mode = t.with(t.text().isEmpty() ? "" : t.text().substring(0, t.text().offsetByCodePoints(
                    t.text().length(), -1)));
            case SUBMIT -> {
                mode = new Mode.Rows();
                if (t.purpose() == Mode.Purpose.TURN && !t.text().isBlank()) {
                    status = "sending to " + t.session() + "…";
                    run(() -> {
                        port.sendInput(t.session(), t.text());
                        return new Input.Done("sent to " + t.session(), null);
                    });
                }
            }
            case CANCEL -> {
                mode = new Mode.Rows();
                if (t.purpose() == Mode.Purpose.FILTER) {
                    board.filter("");
                }
                return;
            }
            default -> { }
        }
        if (mode instanceof Mode.Typing now && now.purpose() == Mode.Purpose.FILTER) {
            board.filter(now.text());
        }
    }

    private void answer(Optional<Row> sel, Decision decision) {
        if (sel.isEmpty()) {
            return;
        }
        Row r = sel.get();
        Optional<OpenPrompt> p = Optional.ofNullable(details.get(r.id())).flatMap(Detail::prompt);
        if (p.isEmpty()) {
            status = r.name() + " has no open prompt";
            return;
        }
        status = r.name() + ": answering…";
        run(() -> new Input.Done(r.name() + ": " + port.answer(r.name(), p.get().id(), p.get().inputHash(), decision),
                null));
    }

    private void view(Row r, String what, Supplier<List<String>> lines) {
        status = "loading " + what + " of " + r.name() + "…";
        run(() -> new Input.Done("", new Mode.Overlay(what + " of " + r.name(), lines.get(), 0)));
    }

    /** Runs a request in the background; a refusal becomes the status line. */
    private void run(Supplier<Input> request) {
        background.execute(() -> {
            Input result;
            try {
                result = request.get();
            } catch (DaemonPort.Refused e) {
                result = new Input.Done(e.getMessage(), null);
            } catch (RuntimeException e) {
                result = new Input.Done("failed: " + e.getMessage(), null);
            }
            post.accept(result);
        });
    }
}
