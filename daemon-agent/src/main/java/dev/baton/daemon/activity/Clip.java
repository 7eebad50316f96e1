package dev.baton.daemon.activity;

/** Shortens what goes on the event stream: a tool's input or output is kept to its start. */
final class Clip {
    static final int INPUT = 2000;
    static final int OUTPUT = 500;
    static final int MESSAGE = 4000;

    private Clip() {}

    static String to(String s, int max) {
        if (s == null) {
            return "";
        }
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }
}
