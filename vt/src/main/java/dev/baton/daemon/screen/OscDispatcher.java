package dev.baton.daemon.screen;

import java.nio.charset.StandardCharsets;

/** Splits a complete OSC string into code and payload, forwards it and answers color queries. */
final class OscDispatcher {
    private final EventQueue events;
    private final QueryResponder queries;

    OscDispatcher(EventQueue events, QueryResponder queries) {
        this.events = events;
        this.queries = queries;
    }

    void dispatch(byte[] data, int len, boolean belTerminated) {
        int semi = 0;
        int code = 0;
        boolean numeric = len > 0;
        while (semi < len && data[semi] != ';') {
            int d = data[semi] - '0';
            if (d < 0 || d > 9 || semi > 6) {
                numeric = false;
            } else {
                code = code * 10 + d;
            }
            semi++;
        }
        if (!numeric) {
            code = -1;
        }
        String payload = semi < len ? new String(data, semi + 1, len - semi - 1, StandardCharsets.UTF_8) : "";
        events.osc(code, payload);
        if ((code == 10 || code == 11 || code == 12) && payload.equals("?")) {
            queries.colorQuery(code, payload, belTerminated);
        } else if (code == 4 && payload.endsWith(";?")) {
            queries.colorQuery(code, payload, belTerminated);
        }
    }
}
