package dev.baton.protocol.session;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The one redaction function for text that leaves a session (recaps, logs, chat): replaces secrets with
 * {@code [redacted]}. Covers Slack tokens ({@code xox…}, {@code xapp-…}), GitHub tokens ({@code ghp_…},
 * {@code gho_…}, {@code github_pat_…}), AWS access key ids ({@code AKIA…}), PEM private key blocks and the value of
 * {@code Authorization:} headers.
 */
public final class Redaction {
    public static final String MARK = "[redacted]";

    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----.*?(-----END [A-Z0-9 ]*PRIVATE KEY-----|\\z)",
                    Pattern.DOTALL),
            Pattern.compile("(?i)(?<=authorization:)[ \\t]*[^\\r\\n\"']+"),
            Pattern.compile("\\bxox[abposr]-[A-Za-z0-9-]{8,}"),
            Pattern.compile("\\bxapp-[A-Za-z0-9-]{8,}"),
            Pattern.compile("\\bgh[pousr]_[A-Za-z0-9]{20,}"),
            Pattern.compile("\\bgithub_pat_[A-Za-z0-9_]{20,}"),
            Pattern.compile("\\b(AKIA|ASIA)[A-Z0-9]{16}\\b"));

    private Redaction() {}

    /** {@code text} with every secret it recognises replaced by {@link #MARK}; {@code null} stays {@code null}. */
    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (Pattern p : PATTERNS) {
            out = p.matcher(out).replaceAll(m -> m.group().startsWith(" ") || m.group().startsWith("\t")
                    ? " " + MARK : MARK);
        }
        return out;
    }
}
