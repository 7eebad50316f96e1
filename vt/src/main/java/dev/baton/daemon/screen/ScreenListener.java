package dev.baton.daemon.screen;

/**
 * Receives side effects of the byte stream fed into a {@link ScreenModel}.
 *
 * <p>Callbacks run on the thread that called {@link ScreenModel#feed}, after that call has
 * released the model's lock, in stream order. Implementations may therefore call
 * {@link ScreenModel#snapshot()} or write to the PTY without risk of deadlock.
 */
public interface ScreenListener {

    /** The stream rang the bell (a BEL outside of an OSC string). */
    default void bell() {}

    /**
     * An operating-system command was received, e.g. 0/2 (title), 9 (notification),
     * 777 ({@code notify;title;body}).
     *
     * @param code    the numeric command, or -1 when the command is not a number
     * @param payload everything after the first {@code ;} (empty when there is none), decoded as UTF-8
     */
    default void osc(int code, String payload) {}

    /**
     * Bytes the terminal must write back to the PTY, answering a query such as a cursor
     * position report ({@code CSI 6 n}) or device attributes ({@code CSI c}).
     */
    default void reply(byte[] response) {}
}
