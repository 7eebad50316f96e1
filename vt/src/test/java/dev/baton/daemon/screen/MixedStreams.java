package dev.baton.daemon.screen;

import java.util.Random;

/** Deterministic escape-heavy streams resembling Ink and ratatui output, for tests. */
final class MixedStreams {
    private MixedStreams() {}

    /** Everything at once: SGR, cursor motion, erase, regions, wide chars, OSC, wraps, queries. */
    static String kitchenSink(long seed, int frames) {
        Random r = new Random(seed);
        String[] words = {"hello", "❯", "中文", "😀", "──", "│", "é", "tab\tstop", "x"};
        StringBuilder sb = new StringBuilder();
        for (int f = 0; f < frames; f++) {
            switch (r.nextInt(14)) {
                case 0 -> sb.append("\u001b[").append(1 + r.nextInt(30)).append(';').append(1 + r.nextInt(90)).append('H');
                case 1 -> sb.append("\u001b[38;2;").append(r.nextInt(256)).append(';').append(r.nextInt(256)).append(';').append(r.nextInt(256)).append('m');
                case 2 -> sb.append("\u001b[").append(r.nextBoolean() ? "1;" : "").append("48;5;").append(r.nextInt(256)).append('m');
                case 3 -> sb.append("\u001b[").append(r.nextInt(3)).append('K');
                case 4 -> sb.append("\r\n");
                case 5 -> sb.append("\u001b[2;").append(5 + r.nextInt(20)).append("r\u001b[").append(3 + r.nextInt(3)).append(";1H\n\n\u001bM\u001b[r");
                case 6 -> sb.append("\u001b]0;title ").append(f).append('\u0007');
                case 7 -> sb.append("\u001b[").append(1 + r.nextInt(80)).append("G\u001b[").append(1 + r.nextInt(4)).append("@\u001b[").append(1 + r.nextInt(4)).append('P');
                case 8 -> sb.append("\u001b[0m");
                case 9 -> sb.append("\u001b[").append(1 + r.nextInt(3)).append(r.nextBoolean() ? 'L' : 'M').append("\u001b[").append(1 + r.nextInt(40)).append('G');
                case 10 -> sb.append("x".repeat(r.nextInt(200)));
                case 11 -> sb.append("\u001b[").append(1 + r.nextInt(5)).append("X\u001b[3C\u001b[2D");
                case 12 -> sb.append("\u001b[").append(1 + r.nextInt(80)).append("G\u001b7\u001b[5;5H\u001b(0lqqk\u001b(B\u001b8");
                default -> sb.append(words[r.nextInt(words.length)]).append(' ');
            }
        }
        return sb.toString();
    }
}
