package dev.baton.bench;

import dev.baton.daemon.cli.AgentCli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How long {@code agent recap NAME --json} takes for a session with EVENTS events (default 100,000) and a raw log
 * of LOG_MB (default 50): a real daemon process over the {@link RecapFixture}'s {@code BATON_DIR}, the CLI's code in
 * this JVM (no launcher, no JVM start). The daemon reads the events from {@code state.db}, the changes from the
 * worktree and the last screen from the raw log, and builds and sends the recap. Usage: RecapBuild WORKDIR [EVENTS]
 * [LOG_MB] [RUNS] [WARMUPS] (defaults 100,000, 50, 15 and 10)
 */
public final class RecapBuild {
    private static final double TARGET_MS = 500;

    private RecapBuild() {}

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        int events = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        long logBytes = (args.length > 2 ? Long.parseLong(args[2]) : 50) * 1024 * 1024;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 15;
        int warmups = args.length > 4 ? Integer.parseInt(args[4]) : 10;
        long t0 = System.nanoTime();
        RecapFixture.write(work, events, logBytes);
        System.out.printf("fixture: %,d events in state.db, %,d MB raw log, worktree with changes (%.1f s)%n", events,
                logBytes >> 20, (System.nanoTime() - t0) / 1e9);
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("BATON_DIR", work.resolve("root").toString());
        PrintStream quiet = new PrintStream(PrintStream.nullOutputStream());
        if (AgentCli.run(List.of("daemon", "start", "-d"), env, quiet, System.err) != 0) {
            throw new IllegalStateException("daemon did not start");
        }
        try {
            int size = 0;
            for (int i = 0; i < warmups; i++) {
                size = recap(env).length();
            }
            double[] ms = new double[runs];
            for (int i = 0; i < runs; i++) {
                long s = System.nanoTime();
                recap(env);
                ms[i] = (System.nanoTime() - s) / 1e6;
            }
            Arrays.sort(ms);
            double median = ms[runs / 2];
            System.out.printf("recap --json (%,d bytes), %d runs after %d warm-ups: min %.0f ms, median %.0f ms,"
                    + " p90 %.0f ms, max %.0f ms; median / target (%.0f ms) = %.2f%n", size, runs, warmups, ms[0], median,
                    ms[Math.min(runs - 1, (int) Math.ceil(runs * 0.9) - 1)], ms[runs - 1], TARGET_MS, median / TARGET_MS);
        } finally {
            AgentCli.run(List.of("daemon", "stop"), env, quiet, System.err);
        }
    }

    private static String recap(Map<String, String> env) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (AgentCli.run(List.of("recap", RecapFixture.NAME, "--json"), env, new PrintStream(out), System.err) != 0) {
            throw new IllegalStateException("agent recap failed");
        }
        return out.toString();
    }
}
