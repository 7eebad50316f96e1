package dev.baton.protocol.session;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The secrets a process itself holds (its bot and app tokens, signing secrets, the web token, daemon tokens, the
 * page-link key), kept by value so that {@link Redaction} masks them whatever their format. One instance per process,
 * made and filled by its composition root and handed to whatever redacts; nothing here is static. Values shorter than
 * {@link #MIN_LENGTH} are ignored: they would mask ordinary words. Thread-safe: values may be added from any thread
 * while others read.
 */
public final class HeldSecrets {
    public static final int MIN_LENGTH = 8;
    private volatile List<String> values = List.of();

    /** An empty registry (nothing held yet). */
    public HeldSecrets() {}

    /** Holds {@code value} from now on; {@code null}, blank, short or already-held values change nothing. */
    public synchronized void hold(String value) {
        if (value == null || value.strip().length() < MIN_LENGTH || values.contains(value)) {
            return;
        }
        List<String> next = new ArrayList<>(values);
        next.add(value);
        next.sort(Comparator.comparingInt(String::length).reversed());
        values = List.copyOf(next);
    }

    /** Every held value, longest first. */
    public List<String> values() {
        return values;
    }
}
