package dev.baton.hub.sessions;

import dev.baton.chat.ChatUser;
import dev.baton.chat.Post;
import dev.baton.recap.Recap;
import dev.baton.recap.RecapText;
import dev.baton.recap.Shorten;
import java.util.ArrayList;
import java.util.List;

/**
 * A recap as neutral chat posts: a card with the hard facts (goal, state, open prompt, owner, people, changes, last
 * message) that mentions whom it is for, then a code block with the changed files and what was tried. Every text is
 * summarised to fit the tightest platform (Slack: 2,000 characters per field, 3,000 per section, 50 blocks) at word
 * boundaries; lists say {@code … and N more}.
 */
public final class RecapPosts {
    /** Room for one card field's value. */
    static final int FIELD = 900;
    /** Room for the code block: under Slack's section limit even after its markup. */
    static final int CODE = 2_800;

    private RecapPosts() {}

    public static List<Post> render(String heading, Recap r, List<ChatUser> mentions) {
        List<Post.Field> fields = new ArrayList<>();
        fields.add(field("Goal", r.goal()));
        fields.add(field("State", RecapText.state(r)));
        r.openPrompt().ifPresent(p -> fields.add(field("Open prompt", RecapText.question(p))));
        fields.add(field("Owner", RecapText.owner(r)));
        fields.add(field("Who drove it", String.join("\n", RecapText.head(r.participants()).stream()
                .map(RecapText::participant).toList()) + suffix(RecapText.more(r.participants()))));
        r.cost().ifPresent(c -> fields.add(field("Cost", String.join("\n", RecapText.cost(c)))));
        fields.add(field("What changed", !r.changesKnown() ? "unknown (the worktree could not be read)"
                : r.changes().summary() + "; " + RecapText.plural(r.changes().commits().size(), "commit") + ", "
                + RecapText.plural(r.changes().uncommitted().size(), "uncommitted file")));
        long problems = r.attempts().stream().filter(a -> a.outcome().isProblem()).count();
        fields.add(field("What was tried", RecapText.tried(r.attempts())
                + (problems > 0 ? ", " + problems + " denied, refused or failed" : "")));
        fields.add(field(switch (r.lastMessage().source()) {
            case AGENT -> "Last message";
            case SCREEN -> "Last message (screen)";
            case NONE -> "Last message";
        }, r.lastMessage().text().isBlank() ? "none yet" : r.lastMessage().text()));
        String footer = String.join(" · ", r.links().stream().map(l -> l.label() + ": " + l.command()).toList());
        Post.Card card = new Post.Card(heading, fields, List.of(), footer, mentions);
        return List.of(card, new Post.Code("Recap details: " + r.name(), details(r)));
    }

    /** The prose summary's own post, labelled machine-written; or why there is none, so nobody waits for it. */
    public static Post prose(java.util.Optional<Recap.Prose> prose) {
        if (prose.isEmpty()) {
            return Post.Text.of("No prose summary: the daemon sent none. The recap's facts above are complete.");
        }
        Recap.Prose p = prose.get();
        return p.written() ? Post.Text.of(p.label() + ":\n" + Shorten.words(p.text(), FIELD * 2))
                : Post.Text.of("No prose summary: " + p.problem() + ". The recap's facts above are complete.");
    }

    static String details(Recap r) {
        List<String> lines = new ArrayList<>();
        if (r.changesKnown()) {
            lines.add(r.changes().summary());
            RecapText.head(r.changes().files()).forEach(f -> lines.add("  " + RecapText.file(f)));
            addIf(lines, "  " + RecapText.more(r.changes().files()));
            if (!r.changes().commits().isEmpty()) {
                lines.add("commits:");
                RecapText.head(r.changes().commits()).forEach(c -> lines.add("  " + Shorten.line(c, 120)));
                addIf(lines, "  " + RecapText.more(r.changes().commits()));
            }
            if (!r.changes().uncommitted().isEmpty()) {
                lines.add("uncommitted:");
                RecapText.head(r.changes().uncommitted()).forEach(u -> lines.add("  " + u));
                addIf(lines, "  " + RecapText.more(r.changes().uncommitted()));
            }
        }
        lines.add("tried:");
        if (r.attempts().isEmpty()) {
            lines.add("  nothing needed a decision");
        }
        RecapText.head(r.attempts()).forEach(a -> lines.add("  " + RecapText.attempt(a)));
        addIf(lines, "  " + RecapText.more(r.attempts()));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = Shorten.words(lines.get(i), 300);
            if (out.length() + line.length() + 40 > CODE) {
                out.append("… ").append(lines.size() - i).append(" more lines: agent recap ").append(r.name());
                break;
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }

    private static Post.Field field(String label, String value) {
        return new Post.Field(label, Shorten.words(value, FIELD));
    }

    private static String suffix(String more) {
        return more.isEmpty() ? "" : "\n" + more;
    }

    private static void addIf(List<String> lines, String line) {
        if (!line.isBlank()) {
            lines.add(line);
        }
    }
}
