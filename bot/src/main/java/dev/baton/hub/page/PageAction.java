package dev.baton.hub.page;

import java.util.List;

/** What a person may do from the page, each decided by the hub's access policy. */
public sealed interface PageAction {
    /** A turn for the agent's FIFO, attributed like a reply in the thread. */
    record Turn(String text) implements PageAction {}

    /** Keys straight to the agent ({@code esc}, {@code enter}, a digit…). */
    record Keys(List<String> keys) implements PageAction {}

    /** An answer to the open permission prompt: {@code allow}, {@code always} or {@code deny}. */
    record Answer(String promptId, String decision) implements PageAction {}

    /** Pause (interrupt and hold turns) or resume. */
    record Pause(boolean paused) implements PageAction {}
}
