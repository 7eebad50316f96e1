package dev.baton.protocol.session;

import java.util.Locale;
import java.util.Objects;

/** Who did something, and from which surface: {@code cli:ana}, {@code web:bob}. */
public record Sender(Surface surface, String user) {
    public enum Surface {
        CLI, WEB, SLACK, DISCORD, HUB, DAEMON, AGENT;

        private static final Surface[] ALL = values();
        private final String wire = name().toLowerCase(Locale.ROOT);

        public String wire() {
            return wire;
        }

        /** The surface {@code s} starts with, {@code colon} being where its name ends; any case is accepted. */
        static Surface of(String s, int colon) {
            for (Surface surface : ALL) {
                if (surface.wire.length() == colon && s.startsWith(surface.wire)) {
                    return surface;
                }
            }
            return valueOf(s.substring(0, colon).toUpperCase(Locale.ROOT));
        }
    }

    public Sender {
        Objects.requireNonNull(surface, "surface");
        if (user == null || user.isBlank() || user.length() > 128) {
            throw new IllegalArgumentException("a sender needs a user name of 1-128 characters");
        }
    }

    public static Sender daemon() {
        return new Sender(Surface.DAEMON, "daemon");
    }

    /** Parses {@code surface:user}. */
    public static Sender parse(String s) {
        int colon = s.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("not a sender: " + s);
        }
        return new Sender(Surface.of(s, colon), s.substring(colon + 1));
    }

    @Override
    public String toString() {
        return surface.wire() + ":" + user;
    }
}
