package dev.baton.recap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.event.SessionEvent.*;
import dev.baton.protocol.session.AttentionLevel;
import dev.baton.protocol.session.AttentionReason;
import dev.baton.protocol.session.Decision;
import dev.baton.protocol.session.Sender;
import dev.baton.protocol.session.SessionState;
import dev.baton.protocol.session.SignalLayer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecapBuilderTest {
    static final Sender ANA = new Sender(Sender.Surface.WEB, "ana");
    static final Sender BOB = new Sender(Sender.Surface.WEB, "bob");

    /** A session as the daemon records it: ana starts it, both send turns, bob denies one step, ana approves one. */
    static List<SessionEvent> recorded() {
        List<SessionEvent> e = new ArrayList<>();
        e.add(new Created("fix-login", "claude", "/src/app", "main", "baton/fix-login", "/wt/fix-login",
                "fix the flaky login test", ANA));
        e.add(new StateChanged(SessionState.STARTING, SessionState.RUNNING, "started"));
        e.add(new TurnQueued("t1", 1, ANA, "look at LoginTest", 0));
        e.add(new TurnDelivered("t1", 1, "[from ana] look at LoginTest"));
        e.add(new TurnQueued("t2", 2, BOB, "run the tests", 0));
        e.add(new PromptOpened("p1", SignalLayer.HOOK, "Bash", "rm -rf build", "Do you want to proceed?",
                List.of("Yes", "No"), "h1", false));
        e.add(new PromptAnswered("p1", Decision.DENY, BOB, "chat", "not the build dir"));
        e.add(new PromptOpened("p2", SignalLayer.HOOK, "Bash", "mvn -q test", "Do you want to proceed?",
                List.of("Yes", "No"), "h2", false));
        e.add(new Audit(new Sender(Sender.Surface.WEB, "carol"), "answer allow_once", "refused",
                "only ana, bob can answer this prompt"));
        e.add(new PromptAnswered("p2", Decision.ALLOW_ONCE, ANA, "chat", ""));
        e.add(new InputSent(new Sender(Sender.Surface.CLI, "ana"), "also check the logout"));
        e.add(new Attention(AttentionLevel.NOTICE, AttentionReason.DONE,
                "finished its turn: Fixed the race in LoginTest; tests pass.", SignalLayer.HOOK));
        e.add(new StateChanged(SessionState.RUNNING, SessionState.WAITING, "the agent finished its turn"));
        return e;
    }

    static SessionFacts facts(List<SessionEvent> events) {
        return new SessionFacts(events, Optional.of(new SessionFacts.Worktree(List.of(
                new Recap.FileChange("src/LoginTest.java", 10, 2, false), new Recap.FileChange("logo.png", 0, 0, true)),
                List.of("abc1234 Fix the login race"), List.of("src/LoginTest.java"))), "some screen\n> \n\n");
    }

    @Test
    void the_goal_is_the_first_prompt_and_the_state_is_the_latest() {
        Recap r = RecapBuilder.build(facts(recorded()));
        assertEquals("fix the flaky login test", r.goal());
        assertEquals("waiting", r.state());
        assertEquals("ana", r.owner());
        assertEquals("baton/fix-login", r.branch());
        assertTrue(r.openPrompt().isEmpty());
    }

    @Test
    void participants_carry_their_turns_approvals_and_denials() {
        Recap r = RecapBuilder.build(facts(recorded()));
        assertEquals(List.of(new Recap.Participant("ana", true, 2, 1, 0), new Recap.Participant("bob", false, 1, 0, 1)),
                r.participants());
    }

    @Test
    void attempts_keep_each_command_with_its_outcome_and_the_refusal() {
        Recap r = RecapBuilder.build(facts(recorded()));
        assertEquals(3, r.attempts().size());
        assertEquals(new Recap.Attempt("Bash: rm -rf build", Recap.Outcome.DENIED, "bob", "denied via chat: not the build dir"),
                r.attempts().get(0));
        assertEquals(Recap.Outcome.APPROVED, r.attempts().get(1).outcome());
        assertEquals("Bash: mvn -q test", r.attempts().get(1).what());
        assertEquals(Recap.Outcome.REFUSED, r.attempts().get(2).outcome());
        assertEquals("carol", r.attempts().get(2).by());
    }

    @Test
    void the_last_message_comes_from_the_stop_hook_before_the_screen() {
        Recap r = RecapBuilder.build(facts(recorded()));
        assertEquals(new Recap.LastMessage("Fixed the race in LoginTest; tests pass.", Recap.Source.AGENT), r.lastMessage());
    }

    @Test
    void without_a_stop_hook_the_last_message_is_the_screen_tail() {
        List<SessionEvent> events = new ArrayList<>(recorded());
        events.removeIf(e -> e instanceof Attention);
        Recap r = RecapBuilder.build(facts(events));
        assertEquals(new Recap.LastMessage("some screen\n>", Recap.Source.SCREEN), r.lastMessage());
    }

    @Test
    void an_open_prompt_is_reported_with_its_exact_question() {
        List<SessionEvent> events = new ArrayList<>(recorded());
        events.add(new PromptOpened("p3", SignalLayer.SCREEN, "", "", "Overwrite config.toml? [y/N]", List.of("y", "N"),
                "h3", false));
        events.add(new StateChanged(SessionState.WAITING, SessionState.BLOCKED, "prompt"));
        Recap r = RecapBuilder.build(facts(events));
        assertEquals("Overwrite config.toml? [y/N]", r.openPrompt().orElseThrow().question());
        assertEquals(Recap.Outcome.OPEN, r.attempts().getLast().outcome());
    }

    @Test
    void an_ended_session_has_no_open_prompt_and_its_failure_is_listed() {
        List<SessionEvent> events = new ArrayList<>(recorded());
        events.add(new PromptOpened("p3", SignalLayer.SCREEN, "", "", "Continue? [y/N]", List.of(), "h3", false));
        events.add(new Exited(2));
        events.add(new StateChanged(SessionState.BLOCKED, SessionState.FAILED, "the agent exited with code 2"));
        Recap r = RecapBuilder.build(facts(events));
        assertTrue(r.openPrompt().isEmpty());
        assertEquals("failed", r.state());
        assertTrue(r.attempts().stream().anyMatch(a -> a.outcome() == Recap.Outcome.FAILED && a.note().equals("exit code 2")));
    }

    @Test
    void changes_are_the_diffstat_commits_and_uncommitted_files_given() {
        Recap r = RecapBuilder.build(facts(recorded()));
        assertTrue(r.changesKnown());
        assertEquals(10, r.changes().insertions());
        assertEquals(2, r.changes().deletions());
        assertEquals("2 files changed, 10 insertions(+), 2 deletions(-)", r.changes().summary());
        assertEquals(List.of("abc1234 Fix the login race"), r.changes().commits());
        assertEquals(List.of("src/LoginTest.java"), r.changes().uncommitted());
    }

    @Test
    void events_alone_make_a_recap_whose_changes_are_unknown() {
        Recap r = RecapBuilder.build(SessionFacts.eventsOnly(recorded()));
        assertFalse(r.changesKnown());
        assertEquals("fix the flaky login test", r.goal());
    }

    @Test
    void links_name_the_transcript_and_the_diff_commands() {
        Recap r = RecapBuilder.build(facts(recorded()));
        assertEquals(List.of(new Recap.Link("session page", "/agent link in the thread"),
                new Recap.Link("transcript", "/agent transcript fix-login · agent events fix-login"),
                new Recap.Link("diff", "agent diff fix-login"),
                new Recap.Link("artifacts", "agent artifacts fix-login")),
                r.links());
    }

    @Test
    void artifacts_are_listed_newest_first_and_rendered_with_their_path_or_commit() {
        List<SessionEvent> events = new ArrayList<>(recorded());
        events.add(new SessionEvent.ArtifactSaved("commit", "", "0123abcdef0123abcdef", "add the parser"));
        events.add(new SessionEvent.ArtifactSaved("screenshot", "/w/shot.png", "", "the login page"));
        events.add(new SessionEvent.ArtifactSaved("patch", "/root/artifacts/fix-login-s.patch"));
        Recap r = RecapBuilder.build(facts(events));
        assertEquals(List.of("patch /root/artifacts/fix-login-s.patch", "screenshot /w/shot.png (the login page)",
                "commit 0123abcdef01 add the parser"), r.artifacts().stream().map(Recap.Artifact::line).toList());
        assertEquals(r, RecapJson.read(RecapJson.write(r)), "the artifacts travel to the hub in the JSON form");
        assertTrue(MarkdownRecap.render(r).contains("### Artifacts\n\n- patch /root/artifacts/fix-login-s.patch\n"),
                MarkdownRecap.render(r));
        assertTrue(TerminalRecap.render(r).contains("Artifacts (newest first)\n  patch"), TerminalRecap.render(r));
    }

    @Test
    void secrets_in_prompts_commands_and_messages_are_redacted() {
        List<SessionEvent> events = new ArrayList<>();
        events.add(new Created("s", "claude", "/r", "main", "b", "/w", "use token xoxb-123456789-abcdefghijk", ANA));
        events.add(new PromptOpened("p", SignalLayer.HOOK, "Bash",
                "curl -H 'Authorization: Bearer sekrit' https://api", "Proceed?", List.of(), "h", false));
        events.add(new Attention(AttentionLevel.NOTICE, AttentionReason.DONE,
                "finished its turn: set AWS key AKIAIOSFODNN7EXAMPLE", SignalLayer.HOOK));
        Recap r = RecapBuilder.build(new SessionFacts(events, Optional.of(new SessionFacts.Worktree(List.of(),
                List.of("abc1234 add ghp_abcdefghijklmnopqrstuvwxyz012345"), List.of())), ""));
        String all = RecapJson.write(r) + MarkdownRecap.render(r) + TerminalRecap.render(r);
        for (String secret : List.of("xoxb-123456789", "sekrit", "AKIAIOSFODNN7EXAMPLE", "ghp_abcdefghij")) {
            assertFalse(all.contains(secret), secret);
        }
        assertTrue(r.goal().contains("[redacted]"));
    }

    @Test
    void the_cost_is_split_by_whose_turn_the_agent_was_on_and_the_first_prompt_is_the_starters() {
        List<SessionEvent> e = recorded().subList(0, 3);
        List<SessionEvent> events = new ArrayList<>(e);
        events.add(new Usage("r0", "m", 100, 50, 0, 0, Optional.of(0.5))); // the first prompt: ana started it
        events.add(new TurnDelivered("t1", 1, "[from ana] look at LoginTest"));
        events.add(new Usage("r1", "m", 10, 0, 40, 0, Optional.of(0.25)));
        events.add(new TurnQueued("t2", 2, BOB, "run the tests", 0));
        events.add(new TurnDelivered("t2", 2, "[from bob] run the tests"));
        events.add(new Usage("r2", "m", 1, 1, 0, 0, Optional.empty()));
        events.add(new Usage("r3", "m", 100, 0, 0, 0, Optional.of(1.0)));
        Recap r = RecapBuilder.build(facts(events));
        Recap.Cost cost = r.cost().orElseThrow();
        assertEquals(new Recap.Cost(302, 1.75, 1, List.of(new Recap.PersonCost("ana", 200, 0.75, 0),
                new Recap.PersonCost("bob", 102, 1.0, 1))), cost);
        assertEquals(List.of("$1.75 and 1 unpriced request · 302 tokens", "ana: $0.75 · 200 tokens",
                "bob: $1.00 and 1 unpriced request · 102 tokens"), RecapText.cost(cost));
        assertEquals(r, RecapJson.read(RecapJson.write(r)), "the cost survives the trip to the hub");
        assertTrue(RecapBuilder.build(facts(recorded())).cost().isEmpty(), "no usage counted: no cost");
    }

    @Test
    void what_was_tried_includes_the_tool_calls_that_ran_without_a_prompt_with_their_results() {
        List<SessionEvent> e = new ArrayList<>(recorded());
        e.add(e.size() - 2, new ToolCall("c1", "Bash", "{}", "mvn -q test")); // the call p2 let run
        e.add(e.size() - 2, new ToolResult("c1", false, "BUILD FAILURE"));
        e.add(e.size() - 2, new ToolCall("c2", "Read", "{\"file_path\":\"src/LoginTest.java\"}", ""));
        e.add(e.size() - 2, new ToolResult("c2", true, "..."));
        e.add(e.size() - 2, new ToolCall("c3", "Bash", "{}", "npm test"));
        e.add(e.size() - 2, new ToolResult("c3", false, "2 failing"));
        Recap r = RecapBuilder.build(facts(e));
        List<String> tried = r.attempts().stream().map(RecapText::attempt).toList();
        assertEquals(List.of("Bash: rm -rf build — denied by bob (denied via chat: not the build dir)",
                "Bash: mvn -q test — approved by ana (approved once via chat; then failed: BUILD FAILURE)",
                "answer allow_once — refused by carol (only ana, bob can answer this prompt)",
                "Read: {\"file_path\":\"src/LoginTest.java\"} — ran",
                "Bash: npm test — errored (2 failing)"), tried);
        assertEquals("3 steps needing a decision, 2 tool calls without a prompt", RecapText.tried(r.attempts()));
        assertEquals(r, RecapJson.read(RecapJson.write(r)));
    }
}
