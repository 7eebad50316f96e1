package dev.baton.hub.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.chat.ChatUser;
import dev.baton.chat.MessageRef;
import dev.baton.chat.Platform;
import dev.baton.chat.ThreadRef;
import dev.baton.protocol.id.SessionId;
import dev.baton.protocol.session.SessionState;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sessions go into {@code hub.db} as columns and come back as the same typed records, across a reopen. */
class SqliteHubStoreTest {
    @TempDir
    Path dir;

    static HubSession session(String name) {
        return HubSession.starting(SessionId.random(), name, new Workplace("d1", "demo", "/repo", "", ""),
                new ChatUser(Platform.SLACK, "U0ANA", "Ana"), "fix it", 42)
                .withCard(new MessageRef(ThreadRef.parse("slack:C1/1700.1"), "1700.1"));
    }

    @Test
    void a_session_reads_back_as_it_was_written_after_a_reopen() {
        HubSession s = session("one").withBranch("main", "baton/one", "/repo").withState(SessionState.BLOCKED, "action:x")
                .withTurns(3).withLastSeq(9);
        HubSession grabs = session("two").withOwner(Optional.empty());
        try (HubStore store = SqliteHubStore.open(dir.resolve("hub.db"))) {
            store.putSession(s);
            store.putSession(grabs);
        }
        try (HubStore store = SqliteHubStore.open(dir.resolve("hub.db"))) {
            assertEquals(List.of(s, grabs), store.sessions());
        }
    }

    @Test
    void a_refused_start_is_a_failed_session_that_reads_as_not_started() {
        HubSession refused = session("three").withStartRefused();
        try (HubStore store = SqliteHubStore.open(dir.resolve("hub.db"))) {
            store.putSession(refused);
            HubSession back = store.sessions().getFirst();
            assertEquals(refused, back);
            assertEquals(SessionState.FAILED, back.state());
            assertEquals("not started", back.stateWords());
            assertTrue(back.ended());
        }
    }

    @Test
    void a_prompt_is_open_until_answered_and_reads_back_with_its_answer() {
        HubSession s = session("four");
        HubPrompt p = HubPrompt.opened("p-1", s.id(), "hash", "Bash", "rm -rf build", "Proceed?",
                List.of("1. Yes", "2. No"), 7).withCard("1700.2");
        try (HubStore store = SqliteHubStore.open(dir.resolve("hub.db"))) {
            store.putPrompt(p);
            assertEquals(List.of(p), store.openPrompts());
            HubPrompt answered = p.pinged().answered("ana", "approved once", 9);
            store.putPrompt(answered);
            assertEquals(List.of(), store.openPrompts());
            assertEquals(Optional.of(answered), store.prompt("p-1"));
            assertEquals(Optional.empty(), store.prompt("p-2"));
        }
    }

    @Test
    void a_turn_keeps_the_chat_message_it_came_from() {
        HubSession s = session("five");
        HubTurn t = new HubTurn("t-1", s.id(), 1, "slack:U0ANA", "hello", new MessageRef(s.thread(), "1700.3"));
        try (HubStore store = SqliteHubStore.open(dir.resolve("hub.db"))) {
            store.putTurn(t);
            assertEquals(Optional.of(t), store.turn("t-1"));
            assertEquals(List.of(t), store.turns(s.id()));
            assertEquals(List.of("slack:U0ANA"), store.turnSenders(s.id()));
        }
    }
}
