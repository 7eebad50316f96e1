package dev.baton.daemon.tui;

/** A duration as {@code agent ls} prints it: {@code 42s}, {@code 3m05s}, {@code 2h10m}, {@code 1d4h}. */
final class Elapsed {
    private Elapsed() {}

    static String of(long millis) {
        long s = millis / 1000;
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return (s / 60) + "m" + String.format("%02ds", s % 60);
        }
        if (s < 86_400) {
            return (s / 3600) + "h" + String.format("%02dm", (s % 3600) / 60);
        }
        return (s / 86_400) + "d" + ((s % 86_400) / 3600) + "h";
    }
}
