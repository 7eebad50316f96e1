package dev.baton.protocol.session;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one redaction function for text that leaves a session (recaps, logs, chat): replaces secrets with
 * {@code [redacted]}. Covers Slack tokens ({@code xox…}, {@code xapp-…}), GitHub tokens ({@code ghp_…},
 * {@code gho_…}, {@code github_pat_…}), AWS access key ids ({@code AKIA…}), PEM private key blocks and the value of
 * {@code Authorization:} headers.
 */
public final class Redaction {
    public static final String MARK = "[redacted]";

    /** Each pattern with the lower-case words one of which its match must contain, so most texts skip the regex. */
    private record Rule(Pattern pattern, List<String> hints) {}

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----.*?(-----END [A-Z0-9 ]*PRIVATE KEY-----|\\z)",
                    Pattern.DOTALL), List.of("private key")),
            new Rule(Pattern.compile("(?i)(?<=authorization:)[ \\t]*[^\\r\\n\"']+"), List.of("authorization:")),
            new Rule(Pattern.compile("\\bxox[abposr]-[A-Za-z0-9-]{8,}"), List.of("xox")),
            new Rule(Pattern.compile("\\bxapp-[A-Za-z0-9-]{8,}"), List.of("xapp-")),
            new Rule(Pattern.compile("\\bgh[pousr]_[A-Za-z0-9]{20,}"), List.of("ghp_", "gho_", "ghu_", "ghs_", "ghr_")),
            new Rule(Pattern.compile("\\bgithub_pat_[A-Za-z0-9_]{20,}"), List.of("github_pat_")),
            new Rule(Pattern.compile("\\b(AKIA|ASIA)[A-Z0-9]{16}\\b"), List.of("akia", "asia")));

    private Redaction() {}

    /** {@code text} with every secret it recognises replaced by {@link #MARK}; {@code null} stays {@code null}. */
    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        String lower = text.toLowerCase(Locale.ROOT);
        for (Rule rule : RULES) {
            if (rule.hints().stream().noneMatch(lower::contains)) {
                continue;
            }
            out = rule.pattern().matcher(out).replaceAll(m -> m.group().startsWith(" ") || m.group().startsWith("\t")
                    ? " " + MARK : MARK);
        }
        return out;
    }
}
