package dev.baton.adapters.slack;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes Slack's message markup to the plain text a person meant, before anything reaches the hub:
 * {@code <@U123>} → {@code @name}, {@code <#C123|name>} → {@code #name}, {@code <!here>} → {@code @here},
 * {@code <https://x|text>} → {@code text (https://x)}, {@code <https://x>} → {@code https://x}, and
 * {@code &amp; &lt; &gt;} → {@code & < >}. Control characters are left for the hub to strip.
 */
final class SlackMarkup {
    private static final Pattern TOKEN = Pattern.compile("<([^<>]*)>");

    private final Function<String, String> userName;

    /** {@code userName} gives the display name for a user id (the directory; it never throws). */
    SlackMarkup(Function<String, String> userName) {
        this.userName = userName;
    }

    String decode(String text) {
        if (text == null) {
            return "";
        }
        Matcher m = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        while (m.find()) {
            out.append(entities(text.substring(last, m.start())));
            out.append(token(m.group(1)));
            last = m.end();
        }
        out.append(entities(text.substring(last)));
        return out.toString();
    }

    private String token(String inner) {
        int bar = inner.indexOf('|');
        String target = bar < 0 ? inner : inner.substring(0, bar);
        String label = bar < 0 ? "" : entities(inner.substring(bar + 1));
        if (target.startsWith("@")) {
            return "@" + (label.isEmpty() ? userName.apply(target.substring(1)) : label.replaceFirst("^@", ""));
        }
        if (target.startsWith("#")) {
            return "#" + (label.isEmpty() ? target.substring(1) : label);
        }
        if (target.startsWith("!")) {
            String special = target.substring(1);
            if (special.startsWith("subteam^") || special.startsWith("date^")) {
                return label.isEmpty() ? special.substring(special.indexOf('^') + 1) : label;
            }
            return label.isEmpty() ? "@" + special : label;
        }
        String url = entities(target);
        if (label.isEmpty() || label.equals(url) || url.equals("mailto:" + label)) {
            return label.isEmpty() ? url : label;
        }
        return label + " (" + url + ")";
    }

    static String entities(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /** The reverse, for text we post: Slack needs {@code & < >} escaped. */
    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
