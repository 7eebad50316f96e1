package dev.baton.adapters.web;

import java.util.Locale;

/** Who wrote a stored message: a person typing in the page, or the hub through the {@code ChatSurface}. */
enum MessageKind {
    USER, BOT;

    String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    static MessageKind fromWire(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }

    /** Only people's messages are translated into hub events; the bot's own posts never echo back. */
    boolean reachesHub() {
        return this == USER;
    }
}
