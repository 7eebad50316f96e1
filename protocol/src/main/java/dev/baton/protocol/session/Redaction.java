package dev.baton.protocol.session;

import java.util.List;
import java.util.Locale;
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
        String out = text;
        String lower = text.toLowerCase(Locale.ROOT);
        for (Rule rule : RULES) {
            if (rule.hints().stream().noneMatch(lower::contains)) {
                continue;
            }
            out = rule.pattern().matcher(out).replaceAll(m -> {
                String prefix = rule.keepPrefix() ? m.group(1) : "";
                return Matcher.quoteReplacement(replace.apply(prefix, m.group().substring(prefix.length())));
            });
        }
        return out;
    }
}
