package dev.baton.recap;

/** A recap as Markdown, for pasting into a PR or an issue: {@code agent recap NAME --markdown}. */
public final class MarkdownRecap {
    private MarkdownRecap() {}

    public static String render(Recap r) {
        StringBuilder out = new StringBuilder();
        out.append("## Recap: ").append(r.name()).append("\n\n");
        r.prose().ifPresent(p -> out.append(p.written() ? "> **" + p.label() + ":** " + p.text().strip().replace("\n", "\n> ")
                : "_No prose summary: " + p.problem() + ". The facts below are complete._").append("\n\n"));
        out.append("- **Goal:** ").append(Shorten.words(r.goal(), 1_000)).append('\n');
        out.append("- **State:** ").append(RecapText.state(r)).append('\n');
        r.openPrompt().ifPresent(p -> out.append("- **Open prompt:** ").append(RecapText.question(p)).append('\n'));
        out.append("- **Owner:** ").append(RecapText.owner(r)).append('\n');
        out.append("- **Where:** `").append(r.branch()).append("` from `").append(r.baseBranch()).append("` in ")
                .append(r.repo()).append(" (").append(r.agent()).append(")\n\n");

        out.append("### Who drove it\n\n");
        r.participants().forEach(p -> out.append("- ").append(RecapText.participant(p)).append('\n'));
        if (r.participants().isEmpty()) {
            out.append("- nobody yet\n");
        }

        r.cost().ifPresent(c -> {
            out.append("\n### What it cost\n\n");
            java.util.List<String> lines = RecapText.cost(c);
            out.append("- ").append(lines.getFirst()).append(" in all\n");
            lines.subList(1, lines.size()).forEach(l -> out.append("- ").append(l).append('\n'));
        });

        out.append("\n### What changed\n\n");
        if (!r.changesKnown()) {
            out.append("The worktree could not be read; see `agent diff ").append(r.name()).append("`.\n");
        } else {
            out.append(r.changes().summary()).append("\n\n");
            if (!r.changes().files().isEmpty()) {
                out.append("```\n");
                RecapText.head(r.changes().files()).forEach(f -> out.append(RecapText.file(f)).append('\n'));
                line(out, RecapText.more(r.changes().files()));
                out.append("```\n");
            }
            list(out, "Commits", r.changes().commits());
            list(out, "Uncommitted", r.changes().uncommitted());
        }

        out.append("\n### What was tried\n\n");
        RecapText.head(r.attempts()).forEach(a -> out.append("- ").append(RecapText.attempt(a)).append('\n'));
        line(out, RecapText.more(r.attempts()));
        if (r.attempts().isEmpty()) {
            out.append("- no commands needed a decision, and no tool calls ran\n");
        }

        if (!r.artifacts().isEmpty()) {
            out.append("\n### Artifacts\n\n");
            RecapText.head(r.artifacts()).forEach(a -> out.append("- ").append(a.line()).append('\n'));
            line(out, RecapText.more(r.artifacts()));
        }

        out.append("\n### Last message\n\n");
        switch (r.lastMessage().source()) {
            case AGENT -> out.append("> ").append(Shorten.words(r.lastMessage().text(), 2_000).replace("\n", "\n> "))
                    .append('\n');
            case SCREEN -> out.append("From the screen:\n\n```\n").append(r.lastMessage().text()).append("\n```\n");
            case NONE -> out.append("none yet\n");
        }
        out.append("\n### Links\n\n");
        r.links().forEach(l -> out.append("- ").append(l.label()).append(": `").append(l.command()).append("`\n"));
        return out.toString();
    }

    private static void list(StringBuilder out, String title, java.util.List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        out.append('\n').append(title).append(":\n");
        RecapText.head(items).forEach(i -> out.append("- ").append(i).append('\n'));
        line(out, RecapText.more(items));
    }

    private static void line(StringBuilder out, String s) {
        if (!s.isEmpty()) {
            out.append(s).append('\n');
        }
    }
}
