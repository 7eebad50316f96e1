package dev.baton.bench;

import java.util.Arrays;

/** p50/p99 of a set of latencies in microseconds. */
record Percentiles(long p50, long p99, long max, int count) {
    static Percentiles of(long[] micros) {
        long[] s = micros.clone();
        Arrays.sort(s);
        return new Percentiles(s[s.length / 2], s[Math.min(s.length - 1, (int) Math.ceil(s.length * 0.99) - 1)],
                s[s.length - 1], s.length);
    }

    String ms(long micros) {
        return String.format("%.2f ms", micros / 1000.0);
    }

    String row(String name) {
        return String.format("%-44s %10s %10s %10s %6d", name, ms(p50), ms(p99), ms(max), count);
    }
}
