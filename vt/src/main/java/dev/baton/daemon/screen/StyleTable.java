package dev.baton.daemon.screen;

import java.util.Arrays;

/**
 * Interns packed {@link Pen} longs to small int style ids stored per cell; id 0 is the
 * default pen. When the table passes its soft limit the owner calls {@link #compact} to drop
 * styles no cell uses any more.
 */
final class StyleTable {
    private static final int INITIAL_LIMIT = 1024;

    private long[] pens = new long[16];
    private int[] slots = new int[32];
    private int size = 1;
    private int limit = INITIAL_LIMIT;

    long pen(int id) {
        return pens[id];
    }

    int size() {
        return size;
    }

    boolean full() {
        return size >= limit;
    }

    int intern(long pen) {
        if (pen == 0) {
            return 0;
        }
        int mask = slots.length - 1;
        int h = hash(pen) & mask;
        for (int s; (s = slots[h]) != 0; h = (h + 1) & mask) {
            if (pens[s - 1] == pen) {
                return s - 1;
            }
        }
        if (size == pens.length) {
            pens = Arrays.copyOf(pens, size * 2);
        }
        int id = size++;
        pens[id] = pen;
        slots[h] = id + 1;
        if (size * 2 > slots.length) {
            rehash(slots.length * 2);
        }
        return id;
    }

    /**
     * Keeps only styles used by the grids or listed in {@code keep}, renumbers the grids in
     * place and returns the old-to-new id mapping.
     */
    int[] compact(Grid[] grids, int... keep) {
        boolean[] used = new boolean[size];
        used[0] = true;
        for (int id : keep) {
            used[id] = true;
        }
        for (Grid g : grids) {
            if (g != null) {
                g.markStyles(used);
            }
        }
        long[] old = pens;
        int oldSize = size;
        int[] remap = new int[oldSize];
        pens = new long[Math.max(16, Integer.highestOneBit(oldSize))];
        slots = new int[32];
        size = 1;
        rehash(32);
        for (int id = 1; id < oldSize; id++) {
            if (used[id]) {
                remap[id] = intern(old[id]);
            }
        }
        for (Grid g : grids) {
            if (g != null) {
                g.remapStyles(remap);
            }
        }
        if (size * 2 > limit) {
            limit *= 2;
        }
        return remap;
    }

    private void rehash(int capacity) {
        slots = new int[capacity];
        int mask = capacity - 1;
        for (int id = 1; id < size; id++) {
            int h = hash(pens[id]) & mask;
            while (slots[h] != 0) {
                h = (h + 1) & mask;
            }
            slots[h] = id + 1;
        }
    }

    private static int hash(long pen) {
        long x = pen * 0x9E3779B97F4A7C15L;
        return (int) (x ^ (x >>> 32));
    }
}
