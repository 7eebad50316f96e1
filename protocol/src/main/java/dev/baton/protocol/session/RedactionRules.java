package dev.baton.protocol.session;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The secret patterns {@link Redaction} knows, and the one-pass pre-check that tells which of them a text could
 * contain. The cases they must and must not catch are in {@code protocol/src/test/resources/redaction-corpus.txt}.
 */
final class RedactionRules {
    /**
     * A pattern; the lower-case words one of which a text must contain for it to be tried (none: a Discord token's
     * shape is checked instead); whether its first group is kept (a header's name stays, its value goes); whether a
     * match may run on across a wrapped row (token-shaped secrets; not those that end at a line's end); and, for a
     * stream cut into chunks, what the start of an unfinished match looks like at the very end of a chunk
     * ({@code \z}), so it is masked before the rest arrives.
     */
    record Rule(Pattern pattern, List<String> hints, boolean keepPrefix, boolean wraps, Pattern partial) {}

    private static final String B64URL = "A-Za-z0-9_-";

    static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("-----BEGIN [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----.*?"
                    + "(-----END [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----|\\z)", Pattern.DOTALL), List.of("private key"),
                    false, false, null),
            new Rule(Pattern.compile("(?i)(authorization[\"']?[ \\t]*[:=][ \\t]*[\"']?)[^\\r\\n\"']+"),
                    List.of("authorization"), true, false, null),
            new Rule(Pattern.compile("(?i)(aws_secret_access_key[\"']?[ \\t]*[:=][ \\t]*[\"']?)[A-Za-z0-9/+=]{40}"),
                    List.of("aws_secret_access_key"), true, true,
                    Pattern.compile("(?i)(aws_secret_access_key[\"']?[ \\t]*[:=][ \\t]*[\"']?)[A-Za-z0-9/+=]{1,39}\\z")),
            token("\\bxox[abposre]-[A-Za-z0-9-]{8,}", "\\bxox[abposre]-[A-Za-z0-9-]{0,7}\\z", "xox"),
            token("\\bxapp-[A-Za-z0-9-]{8,}", "\\bxapp-[A-Za-z0-9-]{0,7}\\z", "xapp-"),
            new Rule(Pattern.compile("(hooks\\.slack\\.com/services/)[A-Za-z0-9]+/[A-Za-z0-9]+/[A-Za-z0-9]{16,}"),
                    List.of("hooks.slack.com/"), true, true, Pattern.compile("(hooks\\.slack\\.com/services/)[A-Za-z0-9/]+\\z")),
            token("\\bgh[pousr]_[A-Za-z0-9]{20,}", "\\bgh[pousr]_[A-Za-z0-9]{0,19}\\z", "ghp_", "gho_", "ghu_", "ghs_", "ghr_"),
            token("\\bgithub_pat_[A-Za-z0-9_]{20,}", "\\bgithub_pat_[A-Za-z0-9_]{0,19}\\z", "github_pat_"),
            token("\\bgl(?:pat|dt|rt|ptt|cbt|ft|soat|imt|oas)-[A-Za-z0-9_-]{20,}",
                    "\\bgl(?:pat|dt|rt|ptt|cbt|ft|soat|imt|oas)-[A-Za-z0-9_-]{0,19}\\z",
                    "glpat-", "gldt-", "glrt-", "glptt-", "glcbt-", "glft-", "glsoat-", "glimt-", "gloas-"),
            token("\\b(?:AKIA|ASIA)[A-Z0-9]{16}\\b", "\\b(?:AKIA|ASIA)[A-Z0-9]{0,15}\\z", "akia", "asia"),
            token("\\bsk-(?:ant|proj)-[A-Za-z0-9_-]{20,}", "\\bsk-(?:ant|proj)-[A-Za-z0-9_-]{0,19}\\z", "sk-ant-", "sk-proj-"),
            token("\\bnpm_[A-Za-z0-9]{36}\\b", "\\bnpm_[A-Za-z0-9]{0,35}\\z", "npm_"),
            token("\\b(?:(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{10,}|whsec_[A-Za-z0-9]{24,})",
                    "\\b(?:(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{0,9}|whsec_[A-Za-z0-9]{0,23})\\z",
                    "sk_live_", "sk_test_", "rk_live_", "rk_test_", "whsec_"),
            token("\\b(?:AIza[0-9A-Za-z_-]{35}|GOCSPX-[A-Za-z0-9_-]{28}|ya29\\.[0-9A-Za-z_-]{20,})",
                    "\\b(?:AIza[0-9A-Za-z_-]{0,34}|GOCSPX-[A-Za-z0-9_-]{0,27}|ya29\\.[0-9A-Za-z_-]{0,19})\\z",
                    "aiza", "gocspx-", "ya29."),
            token("\\beyJ[" + B64URL + "]{10,}\\.eyJ[" + B64URL + "]{10,}\\.[" + B64URL + "]{10,}",
                    "\\beyJ[" + B64URL + "]{10,}\\.eyJ[" + B64URL + "]{10,}\\.[" + B64URL + "]{0,9}\\z", "eyj"),
            new Rule(Pattern.compile("(?<![" + B64URL + "])[MNO][" + B64URL + "]{23,27}\\.[" + B64URL + "]{6}\\.["
                    + B64URL + "]{27,40}(?![" + B64URL + "])"), List.of(), false, true,
                    Pattern.compile("(?<![" + B64URL + "])[MNO][" + B64URL + "]{23,27}\\.[" + B64URL + "]{0,6}(?:\\.["
                            + B64URL + "]{0,26})?\\z")),
            new Rule(Pattern.compile("(discord(?:app)?\\.com/api/webhooks/[0-9]+/)[" + B64URL + "]{60,}"),
                    List.of("/api/webhooks/"), true, true,
                    Pattern.compile("(discord(?:app)?\\.com/api/webhooks/[0-9]+/)[" + B64URL + "]{1,59}\\z")),
            token("\\bbt_[0-9a-f]{64}\\b", "\\bbt_[0-9a-f]{0,63}\\z", "bt_"));

    /** A Discord token's first part (a user id in base64url) is at least this long before its first dot. */
    private static final int DISCORD_HEAD = 23;

    /** For each lower-case ASCII letter, the hints starting with it and their rules' indexes: one pass finds them all. */
    private static final String[][] HINTS_BY_FIRST = new String[128][];
    private static final int[][] RULE_BY_FIRST = new int[128][];
    /** For each first letter, the second letters its hints have (bits 0–63, 64–127): most letters are ruled out at once. */
    private static final long[] SECOND_LO = new long[128];
    private static final long[] SECOND_HI = new long[128];
    /** The characters of a base64url run. */
    private static final boolean[] B64 = new boolean[128];
    private static final int SHAPED;

    static {
        if (RULES.size() > 32) {
            throw new AssertionError("one bit per rule in an int");
        }
        int shaped = 0;
        for (int r = 0; r < RULES.size(); r++) {
            if (RULES.get(r).hints().isEmpty()) {
                shaped |= 1 << r;
            }
            for (String hint : RULES.get(r).hints()) {
                char c = hint.charAt(0);
                String[] hints = HINTS_BY_FIRST[c] == null ? new String[0] : HINTS_BY_FIRST[c];
                int[] rules = RULE_BY_FIRST[c] == null ? new int[0] : RULE_BY_FIRST[c];
                HINTS_BY_FIRST[c] = Arrays.copyOf(hints, hints.length + 1);
                HINTS_BY_FIRST[c][hints.length] = hint;
                RULE_BY_FIRST[c] = Arrays.copyOf(rules, rules.length + 1);
                RULE_BY_FIRST[c][rules.length] = r;
                char second = hint.charAt(1);
                if (second < 64) {
                    SECOND_LO[c] |= 1L << second;
                } else {
                    SECOND_HI[c] |= 1L << (second - 64);
                }
            }
        }
        SHAPED = shaped;
        for (char c = 0; c < 128; c++) {
            B64[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-';
        }
    }

    private RedactionRules() {}

    private static Rule token(String pattern, String partial, String... hints) {
        return new Rule(Pattern.compile(pattern), List.of(hints), false, true, Pattern.compile(partial));
    }

    /**
     * A bit for each rule one of whose hints the text contains, ASCII letters compared in any case (every pattern
     * needs its hint's ASCII characters, so a rule without one cannot match), and for the shape-checked rules when a
     * dot follows a long enough base64url run. One pass, nothing allocated.
     */
    static int hinted(String text) {
        int found = 0;
        int run = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char raw = text.charAt(i);
            if (raw == '.' && run >= DISCORD_HEAD) {
                found |= SHAPED;
            }
            run = raw < 128 && B64[raw] ? run + 1 : 0;
            char c = lower(raw);
            String[] hints = c < 128 ? HINTS_BY_FIRST[c] : null;
            if (hints == null || i + 1 >= n) {
                continue;
            }
            char next = lower(text.charAt(i + 1));
            if (next >= 128 || ((next < 64 ? SECOND_LO[c] >>> next : SECOND_HI[c] >>> (next - 64)) & 1L) == 0) {
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
