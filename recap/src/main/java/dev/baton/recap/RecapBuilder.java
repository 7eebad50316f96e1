package dev.baton.recap;

import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.session.AttentionReason;
import dev.baton.protocol.session.Decision;
import dev.baton.protocol.session.Redaction;
import dev.baton.protocol.session.Sender;
import dev.baton.protocol.session.SessionState;
import dev.baton.recap.Recap.Attempt;
import dev.baton.recap.Recap.Outcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a {@link Recap} from a session's facts. Pure and deterministic: the same facts give the same recap. Every
 * text is redacted on the way in, so no renderer can leak a secret.
 */
public final class RecapBuilder {
    static final String TURN_DONE = "finished its turn: ";
    private static final int SCREEN_LINES = 12;

    private RecapBuilder() {}

    public static Recap build(SessionFacts facts) {
        Walk walk = walk();
        facts.events().forEach(walk::add);
        return walk.recap(facts.worktree(), facts.screenTail());
    }

    /**
     * The same recap, built from events given one at a time (then {@link Walk#recap}): a session with many events
     * need not hold them all in memory while its recap is built.
     */
    public static Walk walk() {
        return new Walk();
    }

    /** One pass over the events, in order; mutable only while it runs, and used once. */
    public static final class Walk {
        private String name = "";
        private String agent = "";
        private String repo = "";
        private String base = "";
        private String branch = "";
        private SessionState state = SessionState.STARTING;
        private String goal = "";
        private String owner = "";
        private String lastAgentMessage = "";
        private final Map<String, int[]> people = new LinkedHashMap<>();
        private final List<Attempt> attempts = new ArrayList<>();
        private final Map<String, Integer> promptAttempt = new LinkedHashMap<>();
        private final Map<String, SessionEvent.PromptOpened> open = new LinkedHashMap<>();
        private final List<Recap.Artifact> artifacts = new ArrayList<>();
        private final CostWalk cost = new CostWalk();
        /** Approved prompts' attempts by tool, waiting for the call they let run; then each call's attempt. */
        private final Map<String, java.util.ArrayDeque<Integer>> approved = new LinkedHashMap<>();
        private final Map<String, Integer> calls = new LinkedHashMap<>();

        private Walk() {}

        /** The session's next event. */
        public void add(SessionEvent event) {
            apply(event);
        }

        /** The recap of the events given so far, with what the worktree and the screen show. */
        public Recap recap(Optional<SessionFacts.Worktree> worktree, String screenTail) {
            boolean terminal = state.isTerminal();
            Optional<Recap.OpenPrompt> openPrompt = terminal || open.isEmpty() ? Optional.empty()
                    : Optional.of(openPrompt(List.copyOf(open.values()).getLast()));
            List<Recap.Participant> participants = new ArrayList<>();
            people.forEach((user, n) -> participants.add(new Recap.Participant(user, user.equals(owner), n[0], n[1], n[2])));
            SessionFacts.Worktree wt = worktree
                    .orElse(new SessionFacts.Worktree(List.of(), List.of(), List.of()));
            Recap.Changes changes = new Recap.Changes(wt.diffstat().stream()
                    .map(f -> new Recap.FileChange(r(f.path()), f.insertions(), f.deletions(), f.binary())).toList(),
                    wt.commits().stream().map(RecapBuilder::r).toList(),
                    wt.uncommitted().stream().map(RecapBuilder::r).toList());
            return new Recap(name, agent, repo, base, branch, state.wire(), r(goal), owner, openPrompt, participants,
                    worktree.isPresent(), changes, attempts, lastMessage(screenTail == null ? "" : screenTail),
                    List.of(new Recap.Link("session page", "/agent link in the thread"),
                            new Recap.Link("transcript", "/agent transcript " + name + " · agent events " + name),
                            new Recap.Link("diff", "agent diff " + name),
                            new Recap.Link("artifacts", "agent artifacts " + name)),
                    artifacts.reversed(), Optional.empty(), cost.cost());
        }

        private void apply(SessionEvent event) {
            switch (event) {
                case SessionEvent.Created c -> {
                    name = c.name();
                    agent = c.agent();
                    repo = c.repo();
                    base = c.baseBranch();
                    branch = c.branch();
                    goal = c.prompt();
                    owner = c.owner().user();
                    cost.started(owner);
                    person(c.owner());
                }
                case SessionEvent.StateChanged s -> {
                    state = s.to();
                    if (s.to() == SessionState.FAILED) {
                        attempts.add(new Attempt("the session", Outcome.FAILED, "", r(s.reason())));
                    }
                }
                case SessionEvent.Attention a -> {
                    if (a.reason() == AttentionReason.DONE && a.message().startsWith(TURN_DONE)) {
                        lastAgentMessage = a.message().substring(TURN_DONE.length());
                    } else if (a.reason() == AttentionReason.FAILED) {
                        attempts.add(new Attempt("the agent", Outcome.FAILED, "", r(a.message())));
                    }
                }
                case SessionEvent.Exited e -> {
                    if (e.exitCode() != 0) {
                        attempts.add(new Attempt("the agent process", Outcome.FAILED, "", "exit code " + e.exitCode()));
                    }
                }
                case SessionEvent.TurnQueued t -> {
                    count(t.sender(), 0);
                    cost.queued(t);
                }
                case SessionEvent.InputSent i -> {
                    if (human(i.sender())) {
                        count(i.sender(), 0);
                    }
                }
                case SessionEvent.PromptOpened p -> {
                    open.put(p.promptId(), p);
                    promptAttempt.put(p.promptId(), attempts.size());
                    attempts.add(new Attempt(r(what(p)), Outcome.OPEN, "", ""));
                }
                case SessionEvent.PromptAnswered p -> answered(p);
                case SessionEvent.Audit a -> {
                    if (a.outcome().equals("refused")) {
                        attempts.add(new Attempt(r(a.action()), Outcome.REFUSED, a.actor().user(), r(a.reason())));
                    }
                }
                case SessionEvent.AttentionCleared a -> { }
                case SessionEvent.KeysSent k -> { }
                case SessionEvent.Attached a -> { }
                case SessionEvent.Detached d -> { }
                case SessionEvent.ArtifactSaved a -> artifacts.add(new Recap.Artifact(a.kind(), r(a.path()), a.commit(),
                        r(a.label())));
                case SessionEvent.Emitted e -> { }
                case SessionEvent.WorktreeRemoved w -> { }
                case SessionEvent.KillRequested k -> { }
                case SessionEvent.TurnDelivered t -> cost.delivered(t);
                case SessionEvent.Adopted a -> { }
                case SessionEvent.OutputLost o -> { }
                case SessionEvent.AgentMessage m -> { }
                case SessionEvent.ToolCall t -> toolCall(t);
                case SessionEvent.ToolResult t -> toolResult(t);
                case SessionEvent.Usage u -> cost.used(u);
                case SessionEvent.BudgetRaised b -> { }
                case SessionEvent.DiffstatTaken d -> { } // the worktree is the caller's (SessionFacts, or the latest snapshot)
            }
        }

        /** A call a prompt let run is that prompt's attempt; any other ran without one and is an attempt of its own. */
        private void toolCall(SessionEvent.ToolCall t) {
            java.util.ArrayDeque<Integer> waiting = approved.get(t.tool());
            if (waiting != null && !waiting.isEmpty()) {
                calls.put(t.callId(), waiting.poll());
                return;
            }
            String input = t.command().isBlank() ? (t.input().isBlank() || t.input().equals("{}") ? "" : t.input()) : t.command();
            calls.put(t.callId(), attempts.size());
            attempts.add(new Attempt(r(input.isEmpty() ? t.tool() : t.tool() + ": " + Shorten.line(input, 160)),
                    Outcome.RAN, "", ""));
        }

        private void toolResult(SessionEvent.ToolResult t) {
            Integer at = calls.remove(t.callId());
            if (at == null || t.ok()) {
                return;
            }
            Attempt a = attempts.get(at);
            String output = Shorten.line(r(t.output()).strip(), 160);
            attempts.set(at, a.outcome() == Outcome.RAN ? new Attempt(a.what(), Outcome.ERRORED, "", output)
                    : new Attempt(a.what(), a.outcome(), a.by(), a.note() + "; then failed: " + output));
        }

        private void answered(SessionEvent.PromptAnswered p) {
            SessionEvent.PromptOpened asked = open.remove(p.promptId());
            Outcome outcome = switch (p.decision()) {
                case ALLOW_ONCE, ALLOW_ALWAYS -> Outcome.APPROVED;
                case DENY -> Outcome.DENIED;
                case ANSWERED -> Outcome.ANSWERED;
            };
            if (p.decision() == Decision.DENY) {
                count(p.by(), 2);
            } else if (p.decision().allows()) {
                count(p.by(), 1);
            }
            String note = (p.decision().words() + " via " + p.how()
                    + (p.message() == null || p.message().isBlank() ? "" : ": " + p.message()));
            Integer at = promptAttempt.remove(p.promptId());
            if (p.decision().allows() && asked != null && asked.tool() != null && !asked.tool().isBlank()) {
                approved.computeIfAbsent(asked.tool(), k -> new java.util.ArrayDeque<>()).add(at == null ? attempts.size() : at);
            }
            Attempt answer = new Attempt(at == null ? "a prompt" : attempts.get(at).what(), outcome, p.by().user(), r(note));
            if (at == null) {
                attempts.add(answer);
            } else {
                attempts.set(at, answer);
            }
        }

        private void count(Sender who, int slot) {
            person(who)[slot]++;
        }

        private int[] person(Sender who) {
            return people.computeIfAbsent(who.user(), k -> new int[3]);
        }

        private Recap.LastMessage lastMessage(String screenTail) {
            if (!lastAgentMessage.isBlank()) {
                return new Recap.LastMessage(r(lastAgentMessage.strip()), Recap.Source.AGENT);
            }
            List<String> lines = screenTail.lines().map(String::stripTrailing).toList();
            int end = lines.size();
            while (end > 0 && lines.get(end - 1).isBlank()) {
                end--;
            }
            String tail = String.join("\n", lines.subList(Math.max(0, end - SCREEN_LINES), end)).strip();
            return tail.isEmpty() ? new Recap.LastMessage("", Recap.Source.NONE)
                    : new Recap.LastMessage(r(tail), Recap.Source.SCREEN);
        }
    }

    private static Recap.OpenPrompt openPrompt(SessionEvent.PromptOpened p) {
        return new Recap.OpenPrompt(r(p.tool()), r(p.detail()), r(p.question()), p.options().stream().map(RecapBuilder::r).toList());
    }

    private static String what(SessionEvent.PromptOpened p) {
        String detail = p.detail() == null || p.detail().isBlank() ? p.question() : p.detail();
        return p.tool() == null || p.tool().isBlank() ? detail : p.tool() + ": " + detail;
    }

    private static boolean human(Sender s) {
        return switch (s.surface()) {
            case CLI, WEB, SLACK, DISCORD -> true;
            case HUB, DAEMON, AGENT -> false;
        };
    }

    private static String r(String s) {
        return s == null ? "" : Redaction.redact(s);
    }
}
