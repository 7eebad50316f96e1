package dev.baton.recap;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A session's handoff recap, hard facts first: the goal and current state (with the open prompt's exact question),
 * who drove it, what changed, what was tried, the agent's last message, and where to read more. Every text in it
 * has been through {@link dev.baton.protocol.session.Redaction}.
 *
 * @param owner       who owns the session now ({@code user} of a sender), or empty when it is up for grabs
 * @param changesKnown false when the worktree could not be read (the numbers are then unknown, not zero)
 * @param prose       the optional machine-written summary, when one was asked for (never a source of facts)
 */
public record Recap(String name, String agent, String repo, String baseBranch, String branch, String state,
                    String goal, String owner, Optional<OpenPrompt> openPrompt, List<Participant> participants,
                    boolean changesKnown, Changes changes, List<Attempt> attempts, LastMessage lastMessage,
                    List<Link> links, List<Artifact> artifacts, Optional<Prose> prose, Optional<Cost> cost) {
    public Recap {
        participants = List.copyOf(participants);
        attempts = List.copyOf(attempts);
        links = List.copyOf(links);
        artifacts = List.copyOf(artifacts);
    }

    /** A recap of facts only. */
    public Recap(String name, String agent, String repo, String baseBranch, String branch, String state, String goal,
                 String owner, Optional<OpenPrompt> openPrompt, List<Participant> participants, boolean changesKnown,
                 Changes changes, List<Attempt> attempts, LastMessage lastMessage, List<Link> links,
                 List<Artifact> artifacts) {
        this(name, agent, repo, baseBranch, branch, state, goal, owner, openPrompt, participants, changesKnown, changes,
                attempts, lastMessage, links, artifacts, Optional.empty(), Optional.empty());
    }

    public Recap(String name, String agent, String repo, String baseBranch, String branch, String state, String goal,
                 String owner, Optional<OpenPrompt> openPrompt, List<Participant> participants, boolean changesKnown,
                 Changes changes, List<Attempt> attempts, LastMessage lastMessage, List<Link> links,
                 List<Artifact> artifacts, Optional<Prose> prose) {
        this(name, agent, repo, baseBranch, branch, state, goal, owner, openPrompt, participants, changesKnown, changes,
                attempts, lastMessage, links, artifacts, prose, Optional.empty());
    }

    /** A recap of facts only, without artifacts. */
    public Recap(String name, String agent, String repo, String baseBranch, String branch, String state, String goal,
                 String owner, Optional<OpenPrompt> openPrompt, List<Participant> participants, boolean changesKnown,
                 Changes changes, List<Attempt> attempts, LastMessage lastMessage, List<Link> links) {
        this(name, agent, repo, baseBranch, branch, state, goal, owner, openPrompt, participants, changesKnown, changes,
                attempts, lastMessage, links, List.of(), Optional.empty(), Optional.empty());
    }

    /** The same recap with a prose summary (or the reason there is none). */
    public Recap withProse(Prose newProse) {
        return new Recap(name, agent, repo, baseBranch, branch, state, goal, owner, openPrompt, participants,
                changesKnown, changes, attempts, lastMessage, links, artifacts, Optional.of(newProse), cost);
    }

    /** The same recap with another owner; empty means up for grabs. */
    public Recap withOwner(String newOwner) {
        return new Recap(name, agent, repo, baseBranch, branch, state, goal, newOwner, openPrompt, participants,
                changesKnown, changes, attempts, lastMessage, links, artifacts, prose, cost);
    }

    /**
     * A few sentences written by the session's own agent CLI from the recap's facts and a transcript excerpt.
     * Renderers label it machine-written; the facts beside it come from events and git, not from this text.
     *
     * @param writer  what wrote it, e.g. {@code claude -p}
     * @param problem why there is no summary (timeout, exit status, unsupported agent), empty when written
     */
    public record Prose(String text, String writer, String problem) {
        public static Prose failed(String writer, String problem) {
            return new Prose("", writer, problem);
        }

        public boolean written() {
            return problem.isEmpty() && !text.isBlank();
        }

        /** The label renderers put on it, saying who wrote it. */
        public String label() {
            return "Summary (machine-written by " + writer + "; the facts come from the session's events and git)";
        }
    }

    /** A permission prompt or question still waiting for an answer. */
    public record OpenPrompt(String tool, String detail, String question, List<String> options) {
        public OpenPrompt {
            options = List.copyOf(options);
        }
    }

    /** Someone who took part: the turns they sent and the prompts they approved or denied. */
    /**
     * What the session cost: every token its usage events counted and the dollars of those with a price
     * ({@code unpriced}: requests without one), and each person's share (the usage of their turns; the first prompt's
     * is the starter's).
     */
    public record Cost(long tokens, double usd, long unpriced, List<PersonCost> byPerson) {
        public Cost {
            byPerson = List.copyOf(byPerson);
        }
    }

    public record PersonCost(String user, long tokens, double usd, long unpriced) {}

    public record Participant(String user, boolean startedIt, int turns, int approvals, int denials) {}

    /** One file's line counts against the base; binary files count no lines. */
    public record FileChange(String path, int insertions, int deletions, boolean binary) {}

    /** The diffstat against the base, the commits beyond it (newest first) and the uncommitted files. */
    public record Changes(List<FileChange> files, List<String> commits, List<String> uncommitted) {
        public Changes {
            files = List.copyOf(files);
            commits = List.copyOf(commits);
            uncommitted = List.copyOf(uncommitted);
        }

        public int insertions() {
            return files.stream().mapToInt(FileChange::insertions).sum();
        }

        public int deletions() {
            return files.stream().mapToInt(FileChange::deletions).sum();
        }

        /** {@code 3 files changed, 10 insertions(+), 2 deletions(-)}, worded as {@code git diff --stat} words it. */
        public String summary() {
            if (files.isEmpty()) {
                return "no changes";
            }
            StringBuilder out = new StringBuilder().append(files.size())
                    .append(files.size() == 1 ? " file changed" : " files changed");
            if (insertions() > 0) {
                out.append(", ").append(insertions()).append(insertions() == 1 ? " insertion(+)" : " insertions(+)");
            }
            if (deletions() > 0) {
                out.append(", ").append(deletions()).append(deletions() == 1 ? " deletion(-)" : " deletions(-)");
            }
            return out.toString();
        }
    }

    /** Something the agent tried (a command, an edit, a question) and how it ended. */
    public record Attempt(String what, Outcome outcome, String by, String note) {}

    public enum Outcome {
        APPROVED, DENIED, ANSWERED, OPEN, REFUSED, FAILED,
        /** A tool call that ran without a prompt and succeeded; {@link #ERRORED}: and gave back an error. */
        RAN, ERRORED;

        public String words() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Whether a reader taking over should look at it first. */
        /** A tool call that ran without a prompt, rather than a decision someone made. */
        public boolean unprompted() {
            return this == RAN || this == ERRORED;
        }

        public boolean isProblem() {
            return switch (this) {
                case DENIED, REFUSED, FAILED, ERRORED -> true;
                case APPROVED, ANSWERED, OPEN, RAN -> false;
            };
        }
    }

    /** The agent's last words: from its own turn-finished hook, else the screen's tail, else nothing. */
    public record LastMessage(String text, Source source) {}

    public enum Source {
        AGENT, SCREEN, NONE
    }

    /**
     * Something the session produced ({@code artifact} events): a commit ({@code commit} set), the patch {@code kill
     * --rm} saved, or a file the agent declared ({@code path} set); {@code label} is a commit's subject or the
     * agent's note.
     */
    public record Artifact(String kind, String path, String commit, String label) {
        /** {@code commit 0123abc add the parser}, {@code screenshot /w/shot.png (the login page)}. */
        public String line() {
            String where = path.isEmpty() ? commit.substring(0, Math.min(12, commit.length())) : path;
            return kind + " " + where + (label.isBlank() ? "" : path.isEmpty() ? " " + label : " (" + label + ")");
        }
    }

    /** Where to read more: a label and the command that shows it. */
    public record Link(String label, String command) {}
}
