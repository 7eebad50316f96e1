package dev.baton.bench;

import dev.baton.daemon.screen.ScreenModel;
import dev.baton.daemon.screen.ScreenSnapshot;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/**
 * Single-threaded throughput of {@link ScreenModel#feed} for plain log text and for an
 * Ink/ratatui-like escape-heavy stream, plus {@code snapshot()} cost and idle memory per model.
 * Run: {@code java -cp ... dev.baton.bench.ScreenThroughput [SIZE_MB] [RUNS]} (defaults 16 MB, 10 runs after 5
 * warm-ups; {@code bench/run smoke} passes a tiny size).
 */
public final class ScreenThroughput {
    private static final int CHUNK = 64 * 1024;

    private ScreenThroughput() {}

    public static void main(String[] args) {
        int size = (args.length > 0 ? Integer.parseInt(args[0]) : 16) * 1024 * 1024;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        byte[] plain = plainText(size / 122, 120);
        byte[] tui = tuiStream(size);
        report("plain text (120-col ASCII lines)", plain, runs);
        report("TUI escape-heavy (CUP/SGR/EL/box/❯)", tui, runs);
        snapshotCost(tui, runs >= 10 ? 50_000 : 500);
        idleMemory();
    }

    private static void report(String name, byte[] data, int runs) {
        long sink = 0;
        for (int i = 0; i < Math.min(5, runs); i++) {
            sink += run(data, 120, 40);
        }
        double[] mbps = new double[runs];
        for (int i = 0; i < mbps.length; i++) {
            long t0 = System.nanoTime();
            sink += run(data, 120, 40);
            long dt = System.nanoTime() - t0;
            mbps[i] = data.length / (dt / 1e9) / 1e6;
        }
        Arrays.sort(mbps);
        System.out.printf("%-40s median %7.1f MB/s  best %7.1f MB/s  (%.1f MB per run, sink %d)%n",
                name, mbps[mbps.length / 2], mbps[mbps.length - 1], data.length / 1048576.0, sink & 1);
    }

    private static long run(byte[] data, int cols, int rows) {
        ScreenModel model = ScreenModel.create(cols, rows, null);
        for (int off = 0; off < data.length; off += CHUNK) {
            model.feed(data, off, Math.min(CHUNK, data.length - off));
        }
        return model.snapshot().cursorRow();
    }

    /** {@code n} snapshots (after {@code 2n/5} warm-ups) and {@code n/10} repaints. */
    private static void snapshotCost(byte[] tui, int n) {
        ScreenModel model = ScreenModel.create(120, 40, null);
        byte[] history = plainText(1200, 120);
        model.feed(history, 0, history.length);
        model.feed(tui, 0, Math.min(tui.length, 4 * CHUNK));
        long sink = 0;
        for (int i = 0; i < n * 2 / 5; i++) {
            sink += model.snapshot().lines().size();
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            ScreenSnapshot s = model.snapshot();
            sink += s.lines().get(i % s.rows()).length();
        }
        double snapUs = (System.nanoTime() - t0) / 1e3 / n;
        t0 = System.nanoTime();
        for (int i = 0; i < n / 10; i++) {
            sink += model.repaintAnsi().length();
        }
        double repaintUs = (System.nanoTime() - t0) / 1e3 / (n / 10);
        System.out.printf("snapshot() 120x40 full TUI screen + 200-line scrollback tail: %.1f us; repaintAnsi(): %.1f us (sink %d)%n",
                snapUs, repaintUs, sink & 1);
    }

    private static void idleMemory() {
        int n = 200;
        byte[] screenful = plainText(30, 100);
        byte[] history = plainText(1100, 100);
        for (boolean withHistory : new boolean[] {false, true}) {
            long before = usedHeap();
            ScreenModel[] models = new ScreenModel[n];
            for (int i = 0; i < n; i++) {
                models[i] = ScreenModel.create(100, 30, null);
                byte[] d = withHistory ? history : screenful;
                models[i].feed(d, 0, d.length);
            }
            long after = usedHeap();
            System.out.printf("idle model 100x30, %s: %,d bytes each%n",
                    withHistory ? "screenful + full 1000-line scrollback" : "one screenful, no scrollback",
                    (after - before) / n);
            if (models[n - 1].snapshot().rows() != 30) {
                throw new AssertionError();
            }
        }
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    /** ASCII log lines of exactly {@code width} columns, each ended by CR LF. */
    static byte[] plainText(int lines, int width) {
        Random r = new Random(1);
        String[] words = {"INFO", "DEBUG", "request", "completed", "in", "ms", "user=42", "path=/api/v1/items",
            "status=200", "GET", "POST", "cache", "miss", "retrying", "connection", "[worker-3]"};
        ByteArrayOutputStream out = new ByteArrayOutputStream(lines * (width + 2));
        StringBuilder line = new StringBuilder(width + 16);
        for (int i = 0; i < lines; i++) {
            line.setLength(0);
            line.append("2025-01-01T12:00:").append(i % 60).append(' ');
            while (line.length() < width) {
                line.append(words[r.nextInt(words.length)]).append(' ');
            }
            line.setLength(width);
            line.append("\r\n");
            out.writeBytes(line.toString().getBytes(StandardCharsets.US_ASCII));
        }
        return out.toByteArray();
    }

    /** Ink/ratatui-like frames: cursor moves, frequent 256/truecolor SGR, EL, box drawing, ❯. */
    static byte[] tuiStream(int size) {
        Random r = new Random(2);
        String[] words = {"Reading", "file", "src/main/java/App.java", "✓", "tests", "passed", "the", "diff",
            "applied", "function", "return", "value", "❯", "│", "─"};
        ByteArrayOutputStream out = new ByteArrayOutputStream(size + 4096);
        StringBuilder f = new StringBuilder(8192);
        while (out.size() < size) {
            f.setLength(0);
            f.append("\u001b[?2026h\u001b[?25l");
            int top = 1 + r.nextInt(20);
            int height = 6 + r.nextInt(12);
            f.append("\u001b[").append(top).append(";1H\u001b[38;2;120;120;120m╭").append("─".repeat(60)).append("╮\u001b[0m\u001b[K");
            for (int row = 1; row < height; row++) {
                f.append("\u001b[").append(top + row).append(";1H\u001b[2K\u001b[38;5;244m│\u001b[0m ");
                if (row == height - 1) {
                    f.append("\u001b[1;38;2;215;119;87m❯\u001b[0m ");
                }
                int len = 0;
                while (len < 55) {
                    String w = words[r.nextInt(words.length)];
                    if (r.nextInt(3) == 0) {
                        f.append("\u001b[38;2;").append(r.nextInt(256)).append(';').append(r.nextInt(256)).append(';')
                                .append(r.nextInt(256)).append('m');
                    } else if (r.nextInt(4) == 0) {
                        f.append("\u001b[38;5;").append(r.nextInt(256)).append(r.nextBoolean() ? ";1m" : "m");
                    }
                    f.append(w).append(' ');
                    len += w.length() + 1;
                }
                f.append("\u001b[0m\u001b[K");
            }
            f.append("\u001b[").append(top + height).append(";1H\u001b[38;2;120;120;120m╰").append("─".repeat(60)).append("╯\u001b[0m");
            f.append("\u001b[").append(top + height).append(";3H\u001b[?25h\u001b[?2026l");
            out.writeBytes(f.toString().getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
