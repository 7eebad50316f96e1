package dev.baton.chat;

import java.util.Locale;

/** The chat platforms Baton speaks. */
public enum Platform {
    WEB, SLACK, DISCORD;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Platform fromWire(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
