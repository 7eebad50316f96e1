package dev.baton.protocol.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link Redaction#mask} for one terminal stream that arrives in chunks (a session's live PTY bytes, read as
 * ISO-8859-1): a secret cut by a chunk boundary is still masked. The end of the previous chunk is kept and matched
 * with the next one, so the rest of a secret begun there is masked; and a chunk's end that looks like the beginning
 * of a secret (a pattern's unfinished match, or the first characters of a held value) is masked at once rather than
 * after the rest arrives. What was masked that way and turns out not to be a secret stays masked: a few {@code *} on
 * the page, never a leak. Not thread-safe: one stream, one thread.
 */
public final class StreamMask {
    /** Characters of earlier chunks kept for matching: enough for a private key block's start. */
    static final int KEEP = 8192;
    /** A chunk ending in at least this many first characters of a held value masks them. */
    static final int VALUE_HEAD = 6;
    private final HeldSecrets held;
    private String tail = "";

    public StreamMask(HeldSecrets held) {
        this.held = held;
    }

    /** The next chunk, masked; {@code restart}: the stream begins again here (a repaint), nothing before counts. */
    public String next(String chunk, boolean restart) {
        if (restart) {
            tail = "";
        }
        if (chunk.isEmpty()) {
            return chunk;
        }
        String work = tail + chunk;
        int from = tail.length();
        List<String> values = held.values();
        List<int[]> spans = new ArrayList<>(Redaction.spans(work, values, true));
        // the end as the screen shows it: a row break or a cursor move to the next row may come last
        Joined rows = Joined.breaks(work, true);
        String end = rows == null ? work : rows.text();
        List<int[]> heads = new ArrayList<>(Redaction.unfinished(end));
        valueHead(end, values).ifPresent(heads::add);
        for (int[] h : heads) {
            Redaction.add(rows, h[0], h[1], false, spans);
        }
        tail = work.length() > KEEP ? work.substring(work.length() - KEEP) : work;
        return Redaction.masked(work, Redaction.merge(spans), from);
    }

    /** The longest end of {@code text} that some held value starts with (at least {@link #VALUE_HEAD} characters). */
    private static Optional<int[]> valueHead(String text, List<String> values) {
        int best = 0;
        for (String v : values) {
            for (int k = Math.min(v.length() - 1, text.length()); k >= VALUE_HEAD && k > best; k--) {
                if (text.regionMatches(text.length() - k, v, 0, k)) {
                    best = k;
                }
            }
        }
        return best > 0 ? Optional.of(new int[] {text.length() - best, text.length()}) : Optional.empty();
    }
}
