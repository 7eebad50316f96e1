package dev.baton.daemon.tui;

import dev.baton.protocol.id.SessionId;
import java.util.List;
import java.util.Map;

/** What the TUI's loop reacts to, one at a time on its own thread: keys, the live feed, answers from the daemon. */
sealed interface Input {
    /** A key; {@code text} is what was typed for {@link Action#CHAR}. */
    record Key(Action action, String text) implements Input {}

    /** One event from the daemon's feed of every session. */
    record FeedEvent(Map<String, Object> event) implements Input {}

    /** The feed ended (the daemon stopped or restarted); it is opened again. */
    record FeedLost(String reason) implements Input {}

    record Listed(DaemonPort.Listing listing) implements Input {}

    /** A listing asked for in the background failed. */
    record ListFailed(String reason) implements Input {}

    record History(SessionId session, List<Map<String, Object>> events) implements Input {}

    /** A request done in the background finished: what to say, and the text view to open, if any. */
    record Done(String status, Mode open) implements Input {}

    record Resized() implements Input {}

    /** Once a second: the elapsed times move on. */
    record Tick() implements Input {}
}
