package dev.baton.recap;

import java.util.ArrayList;
import java.util.List;

/**
 * The sentences every renderer shares, so Markdown, the terminal and chat say the same thing: state, participants,
 * attempts. Lists are summarised ({@code … and 12 more}) rather than cut.
 */
public final class RecapText {
    /** At most this many files, commits, attempts or participants are listed one by one. */
    public static final int LIST_MAX = 15;

    private RecapText() {}

    public static String owner(Recap r) {
        return r.owner().isEmpty() ? "up for grabs" : r.owner();
    }

    /** {@code blocked: open prompt "Bash: rm -rf build"} or {@code completed}. */
    public static String state(Recap r) {
        return r.openPrompt().map(p -> r.state() + ", waiting on a prompt").orElse(r.state());
    }

    public static String question(Recap.OpenPrompt p) {
        String what = p.tool().isBlank() ? "" : p.tool() + (p.detail().isBlank() ? "" : ": " + p.detail());
        String q = p.question().isBlank() ? what : p.question() + (what.isEmpty() ? "" : " (" + what + ")");
        return q + (p.options().isEmpty() ? "" : " — options: " + String.join(" / ", p.options()));
    }

    /** {@code ana (started it): 2 turns, 1 approval, 1 denial}. */
    public static String participant(Recap.Participant p) {
        List<String> parts = new ArrayList<>();
        parts.add(plural(p.turns(), "turn"));
        if (p.approvals() > 0) {
            parts.add(plural(p.approvals(), "approval"));
        }
        if (p.denials() > 0) {
            parts.add(plural(p.denials(), "denial"));
        }
        return p.user() + (p.startedIt() ? " (started it)" : "") + ": " + String.join(", ", parts);
    }

    /** {@code $2.50 · 1,700 tokens}; {@code $2.50 and 3 unpriced requests · …} when a model had no price. */
    public static String cost(double usd, long tokens, long unpriced) {
        return String.format(java.util.Locale.ROOT, "$%.2f", usd)
                + (unpriced > 0 ? " and " + plural((int) unpriced, "unpriced request") : "")
                + String.format(java.util.Locale.ROOT, " · %,d tokens", tokens);
    }

    /** The total, then each person's share: {@code ana: $1.75 · 1,500 tokens}. */
    public static List<String> cost(Recap.Cost c) {
        List<String> out = new ArrayList<>();
        out.add(cost(c.usd(), c.tokens(), c.unpriced()));
        c.byPerson().forEach(p -> out.add(p.user() + ": " + cost(p.usd(), p.tokens(), p.unpriced())));
        return out;
    }

    /** {@code 3 steps needing a decision, 12 tool calls without a prompt}. */
    public static String tried(List<Recap.Attempt> attempts) {
        int ran = (int) attempts.stream().filter(a -> a.outcome().unprompted()).count();
        return plural(attempts.size() - ran, "step") + " needing a decision"
                + (ran > 0 ? ", " + plural(ran, "tool call") + " without a prompt" : "");
    }

    /** {@code Bash: npm test — denied by bob (denied via chat)}. */
    public static String attempt(Recap.Attempt a) {
        String who = a.by().isBlank() ? "" : " by " + a.by();
        String note = a.note().isBlank() ? "" : " (" + a.note() + ")";
        return Shorten.line(a.what(), 200) + " — " + a.outcome().words() + who + Shorten.words(note, 240);
    }

    /** {@code src/A.java | 12 +10 -2} for one file. */
    public static String file(Recap.FileChange f) {
        return f.path() + " | " + (f.binary() ? "Bin" : (f.insertions() + f.deletions()) + " +" + f.insertions()
                + " -" + f.deletions());
    }

    public static <T> List<T> head(List<T> items) {
        return items.size() <= LIST_MAX ? items : items.subList(0, LIST_MAX);
    }

    /** {@code … and 3 more}, or empty when nothing was left out. */
    public static String more(List<?> items) {
        return items.size() <= LIST_MAX ? "" : "… and " + (items.size() - LIST_MAX) + " more";
    }

    public static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
