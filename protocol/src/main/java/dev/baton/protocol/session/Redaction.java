package dev.baton.protocol.session;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one redaction function for text that leaves a session (cards, recaps, screens and logs posted to chat, the
 * session page): replaces secrets with {@code [redacted]}. Covers Slack tokens ({@code xox…}, {@code xapp-…}),
 * GitHub tokens ({@code ghp_…}, {@code gho_…}, {@code github_pat_…}), AWS access key ids ({@code AKIA…}) and secret
 * keys given by name, Anthropic and OpenAI project keys, PEM and PGP private key blocks, and the value of
 * {@code Authorization:} headers (also as a JSON or YAML key). The cases it must and must not catch are in
 * {@code protocol/src/test/resources/redaction-corpus.txt}.
 */
public final class Redaction {
    public static final String MARK = "[redacted]";

    /**
     * A pattern, the lower-case words one of which a text must contain for the pattern to be tried (most texts skip
     * every regex), and how many leading groups to keep (a header's name stays, its value goes).
     */
    private record Rule(Pattern pattern, List<String> hints, boolean keepPrefix) {}

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("-----BEGIN [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----.*?"
                    + "(-----END [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----|\\z)", Pattern.DOTALL), List.of("private key"), false),
            new Rule(Pattern.compile("(?i)(authorization[\"']?[ \\t]*[:=][ \\t]*[\"']?)[^\\r\\n\"']+"),
                    List.of("authorization"), true),
            new Rule(Pattern.compile("(?i)(aws_secret_access_key[\"']?[ \\t]*[:=][ \\t]*[\"']?)[A-Za-z0-9/+=]{40}"),
                    List.of("aws_secret_access_key"), true),
            new Rule(Pattern.compile("\\bxox[abposre]-[A-Za-z0-9-]{8,}"), List.of("xox"), false),
            new Rule(Pattern.compile("\\bxapp-[A-Za-z0-9-]{8,}"), List.of("xapp-"), false),
            new Rule(Pattern.compile("\\bgh[pousr]_[A-Za-z0-9]{20,}"), List.of("ghp_", "gho_", "ghu_", "ghs_", "ghr_"), false),
            new Rule(Pattern.compile("\\bgithub_pat_[A-Za-z0-9_]{20,}"), List.of("github_pat_"), false),
            new Rule(Pattern.compile("\\b(AKIA|ASIA)[A-Z0-9]{16}\\b"), List.of("akia", "asia"), false),
            new Rule(Pattern.compile("\\bsk-(ant|proj)-[A-Za-z0-9_-]{20,}"), List.of("sk-ant-", "sk-proj-"), false));

    /** For each lower-case ASCII letter, the hints starting with it and their rules' indexes: one pass finds them all. */
    private static final String[][] HINTS_BY_FIRST = new String[128][];
    private static final int[][] RULE_BY_FIRST = new int[128][];

    static {
        for (int r = 0; r < RULES.size(); r++) {
            for (String hint : RULES.get(r).hints()) {
                char c = hint.charAt(0);
                String[] hints = HINTS_BY_FIRST[c] == null ? new String[0] : HINTS_BY_FIRST[c];
                int[] rules = RULE_BY_FIRST[c] == null ? new int[0] : RULE_BY_FIRST[c];
                HINTS_BY_FIRST[c] = Arrays.copyOf(hints, hints.length + 1);
                HINTS_BY_FIRST[c][hints.length] = hint;
                RULE_BY_FIRST[c] = Arrays.copyOf(rules, rules.length + 1);
                RULE_BY_FIRST[c][rules.length] = r;
            }
        }
    }

    private Redaction() {}

    /** {@code text} with every secret it recognises replaced by {@link #MARK}; {@code null} stays {@code null}. */
    public static String redact(String text) {
        return apply(text, (prefix, secret) -> prefix + MARK);
    }

    /**
     * {@code text} with every secret's characters replaced by {@code *}, keeping its length and its line breaks: for
     * terminal output, where a shorter replacement would shift everything after it on the screen. Bytes read as
     * ISO-8859-1 keep their count too, so a raw PTY chunk can be masked without decoding it.
     */
    public static String mask(String text) {
        return apply(text, (prefix, secret) -> prefix + secret.replaceAll("[^\\r\\n]", "*"));
    }

    private static String apply(String text, java.util.function.BinaryOperator<String> replace) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        int hinted = hinted(text);
        if (hinted == 0) {
            return text;
        }
        String out = text;
        for (int r = 0; r < RULES.size(); r++) {
            if ((hinted & 1 << r) == 0) {
                continue;
            }
            Rule rule = RULES.get(r);
            out = rule.pattern().matcher(out).replaceAll(m -> {
                String prefix = rule.keepPrefix() ? m.group(1) : "";
                return Matcher.quoteReplacement(replace.apply(prefix, m.group().substring(prefix.length())));
            });
        }
        return out;
    }

    /**
     * A bit for each rule one of whose hints the text contains, ASCII letters compared in any case: every pattern
     * needs its hint's ASCII characters, so a rule without one cannot match. One pass, nothing allocated.
     */
    private static int hinted(String text) {
        int found = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = lower(text.charAt(i));
            String[] hints = c < 128 ? HINTS_BY_FIRST[c] : null;
            if (hints == null) {
                continue;
            }
            int[] rules = RULE_BY_FIRST[c];
            for (int h = 0; h < hints.length; h++) {
                if ((found & 1 << rules[h]) == 0 && at(text, i, hints[h])) {
                    found |= 1 << rules[h];
                }
            }
        }
        return found;
    }

    private static boolean at(String text, int i, String hint) {
        if (i + hint.length() > text.length()) {
            return false;
        }
        for (int k = 1; k < hint.length(); k++) {
            if (lower(text.charAt(i + k)) != hint.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
