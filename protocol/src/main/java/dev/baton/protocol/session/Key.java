package dev.baton.protocol.session;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A named key that bypasses the turn queue: {@code esc}, {@code enter}, {@code tab}, {@code shift-tab},
 * {@code ctrl-c}, arrows, {@code backspace}, {@code space}, a digit, a single letter, or {@code ctrl-<letter>}.
 */
public record Key(String name, byte[] bytes) {
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("esc", "\u001b"), Map.entry("enter", "\r"), Map.entry("tab", "\t"),
            Map.entry("shift-tab", "\u001b[Z"), Map.entry("up", "\u001b[A"), Map.entry("down", "\u001b[B"),
            Map.entry("right", "\u001b[C"), Map.entry("left", "\u001b[D"), Map.entry("backspace", "\u007f"),
            Map.entry("space", " "), Map.entry("home", "\u001b[H"), Map.entry("end", "\u001b[F"),
            Map.entry("pageup", "\u001b[5~"), Map.entry("pagedown", "\u001b[6~"));

    public static final String HELP = "esc, enter, tab, shift-tab, ctrl-c (any ctrl-<letter>), up, down, left, right,"
            + " backspace, space, home, end, pageup, pagedown, a digit 0-9 or a single letter";

    public static Optional<Key> parse(String raw) {
        String name = raw.toLowerCase(Locale.ROOT).trim();
        String named = NAMED.get(name);
        if (named != null) {
            return Optional.of(new Key(name, named.getBytes(StandardCharsets.US_ASCII)));
        }
        if (name.length() == 1 && (Character.isDigit(name.charAt(0)) || (name.charAt(0) >= 'a' && name.charAt(0) <= 'z'))) {
            return Optional.of(new Key(name, name.getBytes(StandardCharsets.US_ASCII)));
        }
        if (name.length() == 6 && name.startsWith("ctrl-") && name.charAt(5) >= 'a' && name.charAt(5) <= 'z') {
            return Optional.of(new Key(name, new byte[] {(byte) (name.charAt(5) - 'a' + 1)}));
        }
        return Optional.empty();
    }
}
