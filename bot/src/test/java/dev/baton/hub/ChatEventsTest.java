package dev.baton.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.chat.MessageRef;
import dev.baton.chat.Post;
import dev.baton.chat.ThreadRef;
import dev.baton.protocol.session.Sender;
import dev.baton.protocol.session.SessionState;
import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.wire.WireMessage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hub core driven in-process: chat in through a recording surface, the daemon through a recording link. */
class ChatEventsTest {
    @TempDir
    Path dir;

    @Test
    void a_run_posts_a_status_card_and_asks_the_daemon_to_start_the_session() {
        try (HubFixture hub = new HubFixture(dir)) {
            HubFixture.Started s = hub.run("ana", "add a README");
            WireMessage.StartSession start = hub.daemon.messages(WireMessage.StartSession.class).getLast();
            assertEquals(s.id(), start.sessionId());
            assertEquals(Sender.parse("web:ana"), start.owner());
            assertEquals("add a README", start.prompt());
            Post.Card card = (Post.Card) hub.web.calls("startThread").getLast().post();
            assertTrue(card.title().startsWith("Session add-a-readme-"), card.title());
            assertTrue(hub.web.calls("update").stream().anyMatch(c -> c.text().contains("baton/")),
                    "the card shows the branch once the daemon has started it");
        }
    }

    @Test
    void a_reply_in_a_session_thread_becomes_an_attributed_numbered_turn() {
        try (HubFixture hub = new HubFixture(dir)) {
            HubFixture.Started s = hub.run("ana", "hello");
            hub.reply(s.thread(), "bob", "also \u0007fix the tests");
            WireMessage.DeliverTurn turn = hub.daemon.messages(WireMessage.DeliverTurn.class).getLast();
            assertEquals(s.id(), turn.sessionId());
            assertEquals(1, turn.number());
            assertEquals(Sender.parse("web:bob"), turn.sender());
            assertEquals("also fix the tests", turn.text(), "control characters never reach the agent");
        }
    }

    @Test
    void an_aside_and_a_reply_outside_a_session_thread_are_not_turns() {
        try (HubFixture hub = new HubFixture(dir)) {
            HubFixture.Started s = hub.run("ana", "hello");
            hub.reply(s.thread(), "bob", "!aside lunch?");
            hub.reply(new ThreadRef(HubFixture.GENERAL, "999"), "bob", "hi");
            assertEquals(List.of(), hub.daemon.messages(WireMessage.DeliverTurn.class));
        }
    }

    @Test
    void a_turn_for_an_offline_daemon_waits_in_the_outbox_and_the_thread_is_told_once() {
        try (HubFixture hub = new HubFixture(dir)) {
            HubFixture.Started s = hub.run("ana", "hello");
            hub.daemonGoesAway();
            MessageRef first = hub.reply(s.thread(), "ana", "one");
            hub.reply(s.thread(), "ana", "two");
            assertEquals(List.of("queued #1 (daemon offline)"), hub.web.acknowledgements(first));
            assertEquals(1, hub.web.texts(s.thread()).stream().filter(t -> t.contains("is offline. Turns are queued")).count());
            assertEquals(2, hub.store.unacked("d1").stream().filter(f -> f.contains("deliver_turn")).count(),
                    "both turns wait in the outbox for the daemon");
        }
    }

    @Test
    void a_finished_session_refuses_turns_and_its_card_loses_its_buttons() {
        try (HubFixture hub = new HubFixture(dir)) {
            HubFixture.Started s = hub.run("ana", "hello");
            hub.event(s.id(), new SessionEvent.StateChanged(SessionState.RUNNING, SessionState.COMPLETED, "exit 0"));
            Post.Card card = (Post.Card) hub.web.calls("update").getLast().post();
            assertEquals(List.of(), card.buttons());
            hub.reply(s.thread(), "ana", "one more thing");
            assertEquals(List.of(), hub.daemon.messages(WireMessage.DeliverTurn.class));
            assertTrue(hub.web.texts(s.thread()).stream().anyMatch(t -> t.contains("This session has ended (completed)")));
        }
    }

    @Test
    void keys_from_a_user_who_may_not_drive_are_refused_and_audited() {
        try (HubFixture hub = new HubFixture(dir)) {
            HubFixture.Started s = hub.run("ana", "hello");
            hub.command("ana", s.thread(), "visibility private");
            hub.command("bob", s.thread(), "keys esc");
            assertEquals(List.of(), hub.daemon.messages(WireMessage.SendKeys.class));
            assertTrue(hub.web.texts(s.thread()).stream().anyMatch(t -> t.startsWith("Sorry bob, ") && t.contains("private")));
            assertTrue(hub.daemon.messages(WireMessage.AuditNote.class).stream()
                    .anyMatch(a -> a.actor().equals(Sender.parse("web:bob")) && a.outcome().equals("refused")));
            hub.command("ana", s.thread(), "keys esc");
            assertEquals(List.of("esc"), hub.daemon.messages(WireMessage.SendKeys.class).getLast().keys());
        }
    }

    @Test
    void a_command_that_needs_a_session_says_so_in_a_channel() {
        try (HubFixture hub = new HubFixture(dir)) {
            hub.command("ana", HubFixture.GENERAL, Optional.empty(), "kill");
            assertTrue(hub.web.calls("answer").getLast().text().startsWith("Use this in a session's thread"));
        }
    }
}
