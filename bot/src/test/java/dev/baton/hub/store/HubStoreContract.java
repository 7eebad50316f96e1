package dev.baton.hub.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.chat.ChatUser;
import dev.baton.chat.MessageRef;
import dev.baton.chat.Platform;
import dev.baton.chat.ThreadRef;
import dev.baton.protocol.id.SessionId;
import dev.baton.protocol.session.SessionState;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link HubStore} does, whatever keeps it: each implementation's test extends this and says how to open
 * a fresh store and the same store again ({@link #open()} is called more than once per test, and sees what the last
 * one wrote). {@link SqliteHubStoreTest} runs it on {@code hub.db}, {@link PostgresHubStoreIT} on a real PostgreSQL.
 */
abstract class HubStoreContract {
    /** Opens this test's store: the same data every time it is called within one test, empty at the test's start. */
    abstract HubStore open();

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
        try (HubStore store = open()) {
            store.putSession(s);
            store.putSession(grabs);
        }
        try (HubStore store = open()) {
            assertEquals(List.of(s, grabs), store.sessions());
        }
    }

    @Test
    void a_session_written_again_keeps_only_its_latest_version() {
        HubSession s = session("again");
        try (HubStore store = open()) {
            store.putSession(s);
            HubSession later = s.withState(SessionState.RUNNING, "").withTurns(5).withLastSeq(12);
            store.putSession(later);
            assertEquals(List.of(later), store.sessions());
        }
    }

    @Test
    void a_refused_start_is_a_failed_session_that_reads_as_not_started() {
        HubSession refused = session("three").withStartRefused();
        try (HubStore store = open()) {
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
        try (HubStore store = open()) {
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
    void open_prompts_come_in_the_order_they_were_last_written() {
        SessionId s = session("order").id();
        HubPrompt a = HubPrompt.opened("p-a", s, "h", "Bash", "ls", "Proceed?", List.of(), 1);
        HubPrompt b = HubPrompt.opened("p-b", s, "h", "Edit", "x", "Proceed?", List.of("1. Yes"), 2);
        try (HubStore store = open()) {
            store.putPrompt(a);
            store.putPrompt(b);
            assertEquals(List.of(a, b), store.openPrompts());
            HubPrompt pinged = a.pinged();
            store.putPrompt(pinged);
            assertEquals(List.of(b, pinged), store.openPrompts());
        }
    }

    @Test
    void a_turn_keeps_the_chat_message_it_came_from() {
        HubSession s = session("five");
        HubTurn t = new HubTurn("t-1", s.id(), 1, "slack:U0ANA", "hello", new MessageRef(s.thread(), "1700.3"));
        try (HubStore store = open()) {
            store.putTurn(t);
            assertEquals(Optional.of(t), store.turn("t-1"));
            assertEquals(List.of(t), store.turns(s.id()));
            assertEquals(List.of("slack:U0ANA"), store.turnSenders(s.id()));
        }
    }

    @Test
    void turns_are_found_by_text_or_sender_without_regard_to_case_and_the_last_sender_is_known() {
        HubSession s = session("six");
        HubSession other = session("seven");
        try (HubStore store = open()) {
            store.putTurn(new HubTurn("t-1", s.id(), 1, "slack:U0ANA", "Fix the Flaky test", new MessageRef(s.thread(), "1")));
            store.putTurn(new HubTurn("t-2", s.id(), 2, "web:bob", "thanks", new MessageRef(s.thread(), "2")));
            store.putTurn(new HubTurn("t-3", other.id(), 1, "web:carol", "unrelated", new MessageRef(other.thread(), "3")));
            assertEquals(List.of(s.id().value()), store.sessionsWithTurnsMatching("FLAKY"));
            assertEquals(List.of(other.id().value()), store.sessionsWithTurnsMatching("Carol"));
            assertEquals(List.of(), store.sessionsWithTurnsMatching("nowhere"));
            assertEquals(Optional.of("web:bob"), store.lastTurnSender(s.id()));
            assertEquals(Optional.empty(), store.lastTurnSender(SessionId.random()));
            assertEquals(List.of("slack:U0ANA", "web:bob"), store.turnSenders(s.id()).stream().sorted().toList());
            assertEquals(List.of("t-1", "t-2"), store.turns(s.id()).stream().map(HubTurn::id).toList());
        }
    }

    @Test
    void the_outbox_numbers_frames_per_daemon_and_keeps_them_until_acknowledged_across_a_reopen() {
        try (HubStore store = open()) {
            assertEquals(1, store.enqueue("d1", n -> "frame " + n));
            assertEquals(2, store.enqueue("d1", n -> "frame " + n));
            assertEquals(1, store.enqueue("d2", n -> "other " + n));
            store.acked("d1", 1);
        }
        try (HubStore store = open()) {
            assertEquals(List.of("frame 2"), store.unacked("d1"));
            assertEquals(3, store.enqueue("d1", n -> "frame " + n));
            assertEquals(List.of("frame 2", "frame 3"), store.unacked("d1"));
            store.acked("d1", 3);
            assertEquals(List.of(), store.unacked("d1"));
            assertEquals(List.of("other 1"), store.unacked("d2"));
        }
    }

    @Test
    void a_daemon_registered_again_keeps_only_its_new_token_hash() {
        try (HubStore store = open()) {
            store.putDaemon("laptop", "hash-1", 1);
            store.putDaemon("build", "hash-2", 2);
            store.putDaemon("laptop", "hash-3", 3);
            store.putDaemon("Zed", "hash-4", 4);
            assertEquals(Optional.of("hash-3"), store.daemonTokenHash("laptop"));
            assertEquals(Optional.empty(), store.daemonTokenHash("nobody"));
            assertEquals(List.of("Zed", "build", "laptop"), store.daemonNames(), "in byte order, whatever the collation");
        }
    }

    @Test
    void facts_and_names_keep_their_latest_value() {
        SessionId s = session("eight").id();
        try (HubStore store = open()) {
            store.putFact(s, "mode", "sandboxed");
            store.putFact(s, "mode", "host");
            assertEquals(Optional.of("host"), store.fact(s, "mode"));
            assertEquals(Optional.empty(), store.fact(s, "other"));
            assertEquals("U0BOB (slack)", store.who("slack:U0BOB"));
            store.putName("slack:U0BOB", "Bob");
            store.putName("slack:U0BOB", "Bobby");
            assertEquals("Bobby (slack)", store.who("slack:U0BOB"));
        }
    }

    @Test
    void shares_read_back_in_the_order_last_given_and_a_removal_says_whether_there_was_one() {
        SessionId s = session("nine").id();
        try (HubStore store = open()) {
            AccessStore access = store.access();
            assertEquals(Optional.empty(), access.visibility(s));
            access.putVisibility(s, "private");
            access.putVisibility(s, "shared");
            assertEquals(Optional.of("shared"), access.visibility(s));
            access.putShare(s, "web:bob", "Bob", "viewer");
            access.putShare(s, "web:carol", "Carol", "driver");
            access.putShare(s, "web:bob", "Bob", "driver");
            assertEquals(List.of(List.of("web:carol", "Carol", "driver"), List.of("web:bob", "Bob", "driver")),
                    access.shares(s).stream().map(List::of).toList());
            assertTrue(access.removeShare(s, "web:bob"));
            assertFalse(access.removeShare(s, "web:bob"));
            assertEquals(1, access.shares(s).size());
        }
    }

    @Test
    void an_audit_entry_is_kept_once_per_seq_oldest_first() {
        SessionId s = session("ten").id();
        AuditRow first = new AuditRow(s.value(), 2, 20, "web:ana", "approve", "allowed", "");
        AuditRow replayed = new AuditRow(s.value(), 2, 99, "web:ana", "approve", "allowed", "again");
        AuditRow earlier = new AuditRow(s.value(), 1, 10, "web:bob", "kill", "denied", "not a driver");
        try (HubStore store = open()) {
            store.access().putAudit(first);
            store.access().putAudit(replayed);
            store.access().putAudit(earlier);
            assertEquals(List.of(earlier, first), store.access().audit(s));
        }
    }

    @Test
    void mirrors_and_their_prompt_cards_are_kept_replaced_and_removed() {
        try (HubStore store = open()) {
            MirrorStore mirrors = store.mirroring();
            MirrorRow a = new MirrorRow("s1", "discord:G/C/1", "c1", "web:ana", 5);
            MirrorRow b = new MirrorRow("s1", "web:general/2", "c2", "web:bob", 3);
            mirrors.put(a);
            mirrors.put(b);
            MirrorRow moved = new MirrorRow("s1", "discord:G/C/1", "c9", "web:ana", 7);
            mirrors.put(moved);
            assertEquals(List.of(b, moved), mirrors.all());
            mirrors.remove("s1", "web:general/2");
            assertEquals(List.of(moved), mirrors.all());
            mirrors.putCard("p-1", "discord:G/C/1", "m1");
            mirrors.putCard("p-1", "discord:G/C/1", "m2");
            mirrors.putCard("p-1", "web:general/2", "m3");
            assertEquals(Map.of("discord:G/C/1", "m2", "web:general/2", "m3"), mirrors.cards("p-1"));
            assertEquals(Map.of(), mirrors.cards("p-2"));
        }
    }

    @Test
    void usage_adds_up_per_session_person_and_day_across_a_reopen() {
        try (HubStore store = open()) {
            UsageStore usage = store.usage();
            usage.add(new UsageRow("s1", "web:ana", "2026-01-01", "web:general", 100, 20, 5, 1, 0.25, 0));
            usage.add(new UsageRow("s1", "web:ana", "2026-01-01", "web:general", 10, 2, 0, 0, 0.5, 1));
            usage.add(new UsageRow("s1", "web:bob", "2026-01-02", "web:general", 7, 3, 0, 0, 0.125, 0));
            usage.add(new UsageRow("s2", "web:bob", "2025-12-31", "web:other", 1, 1, 1, 1, 1.0, 0));
        }
        try (HubStore store = open()) {
            UsageRow ana = new UsageRow("s1", "web:ana", "2026-01-01", "web:general", 110, 22, 5, 1, 0.75, 1);
            UsageRow bob = new UsageRow("s1", "web:bob", "2026-01-02", "web:general", 7, 3, 0, 0, 0.125, 0);
            assertEquals(List.of(ana, bob), store.usage().ofSession("s1"));
            assertEquals(List.of(ana, bob), store.usage().since("2026-01-01"));
            assertEquals(List.of(bob), store.usage().since("2026-01-02"));
            assertEquals(List.of(), store.usage().ofSession("s3"));
        }
    }

    @Test
    void a_turn_with_control_characters_and_any_unicode_reads_back_as_sent() {
        HubSession s = session("eleven");
        String typed = "bell\u0007 esc\u001b[31m emoji \uD83D\uDE80 漢字";
        HubTurn t = new HubTurn("t-9", s.id(), 1, "web:ana", typed, new MessageRef(s.thread(), "9"));
        try (HubStore store = open()) {
            store.putTurn(t);
            assertEquals(Optional.of(t), store.turn("t-9"));
        }
    }
}
