package dev.baton.hub.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.chat.Post;
import dev.baton.hub.HubFixture;
import dev.baton.hub.testing.RecordingSurface;
import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.session.SessionState;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agent's side of the conversation in its thread: the final message, the working line, the detail levels. */
class AgentVoiceTest {
    @TempDir
    Path dir;

    static SessionEvent.ToolCall bash(String command) {
        return new SessionEvent.ToolCall("c-" + command.hashCode(), "Bash", "{}", command);
    }

    static void aTurn(HubFixture hub, HubFixture.Started s) {
        hub.event(s.id(), new SessionEvent.StateChanged(SessionState.STARTING, SessionState.RUNNING, "spawned"));
        hub.event(s.id(), new SessionEvent.AgentMessage("Let me run the tests."));
        hub.event(s.id(), bash("npm test"));
        hub.event(s.id(), new SessionEvent.ToolResult("c1", true, "ok"));
        hub.event(s.id(), bash("npm run lint"));
        hub.event(s.id(), new SessionEvent.ToolResult("c2", false, "2 problems"));
        hub.event(s.id(), new SessionEvent.AgentMessage("All 12 tests pass; lint has 2 problems."));
        hub.event(s.id(), new SessionEvent.StateChanged(SessionState.RUNNING, SessionState.WAITING, "ready"));
    }

    private static List<RecordingSurface.Call> textEdits(HubFixture hub, HubFixture.Started s) {
        return hub.web.calls("update").stream().filter(c -> c.where().startsWith(s.thread().key() + "#"))
                .filter(c -> c.post() instanceof Post.Text).toList();
    }

    @Test
    void the_final_message_is_posted_once_the_turn_ends_and_one_working_line_is_edited_in_place() {
        try (HubFixture hub = new HubFixture(dir)) {
            HubFixture.Started s = hub.run("ana", "test it");
            aTurn(hub, s);
            List<String> texts = hub.web.texts(s.thread());
            assertEquals(1, texts.stream().filter(t -> t.startsWith("working: ")).count(), "one working line: " + texts);
            assertEquals("working: running `npm test`…", texts.stream().filter(t -> t.startsWith("working: ")).findFirst().orElseThrow());
            assertEquals("All 12 tests pass; lint has 2 problems.", texts.getLast());
            assertFalse(texts.contains("Let me run the tests."), "normal shows only the final message");
            List<String> edits = textEdits(hub, s).stream().map(RecordingSurface.Call::text).toList();
            assertEquals(List.of("working: running `npm run lint`…", "worked: 2 tool calls"), edits);
            String lineId = hub.web.calls("reply").stream().filter(c -> c.text().startsWith("working: ")).findFirst()
                    .orElseThrow().id();
            assertTrue(textEdits(hub, s).stream().allMatch(c -> c.where().equals(s.thread().key() + "#" + lineId)),
                    "every edit is of the one working line");
        }
    }

    @Test
    void a_final_message_read_after_the_agent_went_back_to_waiting_is_still_posted() {
        try (HubFixture hub = new HubFixture(dir)) {
            HubFixture.Started s = hub.run("ana", "hi");
            hub.event(s.id(), new SessionEvent.StateChanged(SessionState.STARTING, SessionState.RUNNING, "spawned"));
            hub.event(s.id(), new SessionEvent.StateChanged(SessionState.RUNNING, SessionState.WAITING, "ready"));
            hub.event(s.id(), new SessionEvent.AgentMessage("Hello! What shall I do?"));
            assertEquals("Hello! What shall I do?", hub.web.texts(s.thread()).getLast());
        }
    }

    @Test
    void a_turn_read_only_after_the_agent_waits_again_turns_its_first_message_into_the_working_line() {
        try (HubFixture hub = new HubFixture(dir)) {
            HubFixture.Started s = hub.run("ana", "hi");
            hub.event(s.id(), new SessionEvent.StateChanged(SessionState.STARTING, SessionState.RUNNING, "spawned"));
            hub.event(s.id(), new SessionEvent.StateChanged(SessionState.RUNNING, SessionState.WAITING, "ready"));
            hub.event(s.id(), new SessionEvent.AgentMessage("I will write the file."));
            hub.event(s.id(), bash("echo hi > a.txt"));
            hub.event(s.id(), new SessionEvent.AgentMessage("Done: a.txt is written."));
            List<String> texts = hub.web.texts(s.thread());
            assertEquals("Done: a.txt is written.", texts.getLast());
            assertEquals(List.of("working: running `echo hi > a.txt`…", "worked: 1 tool call"),
                    textEdits(hub, s).stream().map(RecordingSurface.Call::text).toList(),
                    "the early message became the working line, settled once the final one came");
        }
    }

    @Test
    void quiet_shows_only_the_final_message_and_verbose_every_message_and_failed_tool() {
        try (HubFixture hub = new HubFixture(dir)) {
            hub.command("ana", HubFixture.GENERAL, Optional.empty(), "detail quiet");
            assertTrue(hub.web.calls("answer").getLast().text().contains("now show the agent's side at detail quiet"));
            HubFixture.Started quiet = hub.run("ana", "one");
            aTurn(hub, quiet);
            List<String> texts = hub.web.texts(quiet.thread());
            assertTrue(texts.stream().noneMatch(t -> t.startsWith("working: ")), texts.toString());
            assertEquals(List.of(), textEdits(hub, quiet));
            assertEquals("All 12 tests pass; lint has 2 problems.", texts.getLast());

            hub.command("ana", HubFixture.GENERAL, Optional.empty(), "detail verbose");
            HubFixture.Started verbose = hub.run("ana", "two");
            aTurn(hub, verbose);
            List<String> all = hub.web.texts(verbose.thread());
            int first = all.indexOf("Let me run the tests.");
            assertTrue(first >= 0, all.toString());
            assertTrue(all.contains("tool failed: 2 problems"), all.toString());
            assertEquals(1, all.stream().filter(t -> t.equals("All 12 tests pass; lint has 2 problems.")).count(),
                    "the final message is not posted twice: " + all);
            hub.command("bob", HubFixture.GENERAL, Optional.empty(), "detail");
            assertTrue(hub.web.calls("answer").getLast().text().contains("at detail verbose"));
        }
    }

    @Test
    void the_card_gains_a_cost_field_once_usage_is_counted() {
        try (HubFixture hub = new HubFixture(dir)) {
            HubFixture.Started s = hub.run("ana", "hi");
            hub.event(s.id(), new SessionEvent.Usage("r1", "claude-sonnet", 1_000, 200, 5_000, 0, Optional.of(0.0425)));
            Post.Card card = (Post.Card) hub.web.calls("update").getLast().post();
            assertEquals("$0.04 · 6.2k tokens", card.fields().stream().filter(f -> f.label().equals("Cost"))
                    .findFirst().orElseThrow().value());
        }
    }
}
