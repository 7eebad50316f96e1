package dev.baton.daemon.screen;

public interface ScreenListener {
    default void bell() {}
    default void osc(int code, String payload) {}
    default void reply(byte[] response) {}
}
