package dev.baton.recap;

import java.util.List;

/** A recap as plain terminal text: what {@code agent recap NAME} prints. No colours, so it pipes cleanly. */
public final class TerminalRecap {
    private TerminalRecap() {}

    public static String render(Recap r) {
        StringBuilder out = new StringBuilder();
        out.append("Recap of ").append(r.name()).append(" (").append(r.agent()).append(", ").append(r.branch())
                .append(" from ").append(r.baseBranch()).append(")\n");
        field(out, "goal", Shorten.words(r.goal(), 1_000));
        field(out, "state", RecapText.state(r));
        r.openPrompt().ifPresent(p -> field(out, "prompt", RecapText.question(p)));
        field(out, "owner", RecapText.owner(r));
        r.prose().ifPresent(p -> {
            if (p.written()) {
                out.append('\n').append(p.label()).append('\n');
                indent(out, "  ", Shorten.words(p.text().strip(), 2_000).lines().toList(), "");
            } else {
                out.append("\nNo prose summary: ").append(p.problem()).append(". The facts below are complete.\n");
            }
        });

        out.append("\nWho drove it\n");
        r.participants().forEach(p -> out.append("  ").append(RecapText.participant(p)).append('\n'));

        r.cost().ifPresent(c -> {
            out.append("\nWhat it cost\n");
            indent(out, "  ", RecapText.cost(c), "");
        });

        out.append("\nWhat changed\n");
        if (!r.changesKnown()) {
            out.append("  unknown: the worktree could not be read\n");
        } else {
            out.append("  ").append(r.changes().summary()).append('\n');
            indent(out, "  ", RecapText.head(r.changes().files()).stream().map(RecapText::file).toList(),
                    RecapText.more(r.changes().files()));
            section(out, "commits", r.changes().commits());
            section(out, "uncommitted", r.changes().uncommitted());
        }

        out.append("\nWhat was tried\n");
        indent(out, "  ", RecapText.head(r.attempts()).stream().map(RecapText::attempt).toList(),
                RecapText.more(r.attempts()));
        if (r.attempts().isEmpty()) {
            out.append("  no commands needed a decision, and no tool calls ran\n");
        }

        if (!r.artifacts().isEmpty()) {
            out.append("\nArtifacts (newest first)\n");
            indent(out, "  ", RecapText.head(r.artifacts()).stream().map(Recap.Artifact::line).toList(),
                    RecapText.more(r.artifacts()));
        }

        out.append("\nLast message").append(switch (r.lastMessage().source()) {
            case AGENT -> " (from the agent)";
            case SCREEN -> " (screen tail)";
            case NONE -> "";
        }).append('\n');
        indent(out, "  ", r.lastMessage().text().isEmpty() ? List.of("none yet") : r.lastMessage().text().lines().toList(), "");

        out.append("\nMore\n");
        r.links().forEach(l -> out.append("  ").append(l.label()).append(": ").append(l.command()).append('\n'));
        return out.toString();
    }

    private static void field(StringBuilder out, String label, String value) {
        out.append(String.format("  %-7s %s%n", label, value.replace("\n", "\n          ")));
    }

    private static void section(StringBuilder out, String title, List<String> items) {
        if (!items.isEmpty()) {
            out.append("  ").append(title).append(":\n");
            indent(out, "    ", RecapText.head(items), RecapText.more(items));
        }
    }

    private static void indent(StringBuilder out, String pad, List<String> lines, String more) {
        lines.forEach(l -> out.append(pad).append(l).append('\n'));
        if (!more.isEmpty()) {
            out.append(pad).append(more).append('\n');
        }
    }
}
