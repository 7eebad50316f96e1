package dev.baton.daemon.activity;

import dev.baton.protocol.session.Redaction;

/**
 * What goes on the event stream from a transcript: secrets redacted (the one shared {@link Redaction}: a tool's output
 * may be a {@code .env}), then kept to its start.
 */
final class Clip {
    static final int INPUT = 2000;
    static final int OUTPUT = 500;
    static final int MESSAGE = 4000;

    private Clip() {}

    static String to(String s, int max) {
        if (s == null) {
            return "";
        }
        String r = Redaction.redact(s);
        return r.length() <= max ? r : r.substring(0, max) + "…";
    }
}
