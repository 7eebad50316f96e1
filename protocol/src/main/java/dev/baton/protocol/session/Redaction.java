package dev.baton.protocol.session;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

/**
 * The one redaction function for text that leaves a session (cards, recaps, screens and logs posted to chat, the
 * session page): replaces secrets with {@code [redacted]}. It knows secrets two ways:
 * <ul>
 *   <li>by value: whatever the process itself holds ({@link HeldSecrets}: its bot and app tokens, signing secrets,
 *       web and daemon tokens, the page-link key), whatever their format;</li>
 *   <li>by pattern ({@link RedactionRules}): Slack, GitHub, GitLab, AWS, Anthropic, OpenAI, npm, Stripe, Google and
 *       Discord keys and webhooks, JWTs, Baton's daemon tokens, PEM and PGP private key blocks, and the value of
 *       {@code Authorization:} headers.</li>
 * </ul>
 * A secret cut by a row break still counts: a screen's text is also matched with the breaks after full rows taken
 * out (terminal output: every line break and every cursor move to a row's start), and the match is mapped back
 * ({@link Joined}). A stream cut into chunks is masked with {@link StreamMask}.
 */
public final class Redaction {
    public static final String MARK = "[redacted]";
    /** How far back from a chunk's end an unfinished secret is looked for. */
    private static final int UNFINISHED_WINDOW = 1024;

    private Redaction() {}

    /** {@code text} with every secret it recognises by pattern replaced by {@link #MARK}; {@code null} stays {@code null}. */
    public static String redact(String text) {
        return redact(text, List.of());
    }

    /** {@code text} with every secret in it, by pattern and every value {@code held}, replaced by {@link #MARK}. */
    public static String redact(String text, HeldSecrets held) {
        return redact(text, held.values());
    }

    /**
     * {@code text} with every secret's characters replaced by {@code *}, keeping its length and its line breaks: for
     * terminal output, where a shorter replacement would shift everything after it on the screen. Bytes read as
     * ISO-8859-1 keep their count too, so a raw PTY chunk can be masked without decoding it.
     */
    public static String mask(String text) {
        return mask(text, List.of());
    }

    /** {@link #mask(String)}, also masking every value {@code held}. */
    public static String mask(String text, HeldSecrets held) {
        return mask(text, held.values());
    }

    private static String redact(String text, List<String> values) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        List<int[]> spans = spans(text, values, false);
        if (spans.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (int[] s : spans) {
            out.append(text, at, s[0]).append(MARK);
            at = s[1];
        }
        return out.append(text, at, text.length()).toString();
    }

    private static String mask(String text, List<String> values) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return masked(text, spans(text, values, true), 0);
    }

    /** {@code text} from {@code from} on, with the parts of {@code spans} in it masked ({@code *}, line breaks kept). */
    static String masked(String text, List<int[]> spans, int from) {
        if (spans.isEmpty()) {
            return from == 0 ? text : text.substring(from);
        }
        char[] out = text.substring(from).toCharArray();
        for (int[] s : spans) {
            for (int i = Math.max(from, s[0]); i < s[1]; i++) {
                char c = text.charAt(i);
                if (c != '\r' && c != '\n') {
                    out[i - from] = '*';
                }
            }
        }
        return new String(out);
    }

    /**
     * Where the secrets in {@code text} are, sorted, overlaps merged: every pattern's matches, those that run on
     * across a row break, and every held value (also cut by breaks). {@code terminal}: the text is terminal output
     * (rows start at line breaks and cursor moves), else a screen's or a post's text (rows wrap when full).
     */
    static List<int[]> spans(String text, List<String> values, boolean terminal) {
        Joined rows = terminal ? Joined.breaks(text, true) : text.indexOf('\n') >= 0 ? Joined.wraps(text) : null;
        int hinted = RedactionRules.hinted(rows == null ? text : rows.text());
        if (hinted == 0 && values.isEmpty()) {
            return List.of();
        }
        List<int[]> found = new ArrayList<>();
        for (int r = 0; r < RedactionRules.RULES.size(); r++) {
            if ((hinted & 1 << r) == 0) {
                continue;
            }
            RedactionRules.Rule rule = RedactionRules.RULES.get(r);
            find(rule, rule.pattern().matcher(text), null, !terminal, found);
            if (rows != null && rule.wraps()) {
                find(rule, rule.pattern().matcher(rows.text()), rows, !terminal, found);
            }
        }
        if (!values.isEmpty()) {
            Joined all = terminal ? rows : Joined.breaks(text, false);
            for (String v : values) {
                for (int i = text.indexOf(v); i >= 0; i = text.indexOf(v, i + v.length())) {
                    found.add(new int[] {i, i + v.length()});
                }
                for (int i = all == null ? -1 : all.text().indexOf(v); i >= 0; i = all.text().indexOf(v, i + v.length())) {
                    all.add(i, i + v.length(), !terminal, found);
                }
            }
        }
        return merge(found);
    }

    /** A match from {@code start} to {@code end} of {@code view}'s text (or of the original, {@code view} null). */
    static void add(Joined view, int start, int end, boolean whole, List<int[]> found) {
        if (end <= start) {
            return;
        }
        if (view == null) {
            found.add(new int[] {start, end});
        } else {
            view.add(start, end, whole, found);
        }
    }

    /**
     * Where, at the very end of {@code text}, a secret may have begun that the next chunk finishes: the start of a
     * pattern's match that is not complete yet. Possibly overlapping.
     */
    static List<int[]> unfinished(String text) {
        int start = Math.max(0, text.length() - UNFINISHED_WINDOW);
        int hinted = RedactionRules.hinted(text.substring(start));
        List<int[]> found = new ArrayList<>();
        for (int r = 0; r < RedactionRules.RULES.size(); r++) {
            RedactionRules.Rule rule = RedactionRules.RULES.get(r);
            if ((hinted & 1 << r) == 0 || rule.partial() == null) {
                continue;
            }
            Matcher m = rule.partial().matcher(text).region(start, text.length()).useTransparentBounds(true);
            if (m.find()) {
                found.add(new int[] {rule.keepPrefix() ? m.end(1) : m.start(), text.length()});
            }
        }
        return found;
    }

    private static void find(RedactionRules.Rule rule, Matcher m, Joined view, boolean whole, List<int[]> found) {
        while (m.find()) {
            int start = rule.keepPrefix() ? m.end(1) : m.start();
            if (m.end() > start) {
                add(view, start, m.end(), whole, found);
            }
        }
    }

    /** Sorted by start; overlapping spans become one (touching ones stay two). */
    static List<int[]> merge(List<int[]> spans) {
        if (spans.size() < 2) {
            return spans;
        }
        spans.sort(Comparator.comparingInt(s -> s[0]));
        List<int[]> out = new ArrayList<>();
        int[] cur = spans.get(0).clone();
        for (int[] s : spans.subList(1, spans.size())) {
            if (s[0] < cur[1]) {
                cur[1] = Math.max(cur[1], s[1]);
            } else {
                out.add(cur);
                cur = s.clone();
            }
        }
        out.add(cur);
        return out;
    }
}
