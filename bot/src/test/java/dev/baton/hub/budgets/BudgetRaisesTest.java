package dev.baton.hub.budgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.chat.MessageRef;
import dev.baton.chat.Post;
import dev.baton.config.BudgetSettings;
import dev.baton.hub.HubFixture;
import dev.baton.hub.testing.RecordingSurface;
import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.session.AttentionLevel;
import dev.baton.protocol.session.AttentionReason;
import dev.baton.protocol.session.Sender;
import dev.baton.protocol.session.SignalLayer;
import dev.baton.protocol.wire.WireMessage;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A spent session budget in the thread: the card's two buttons, who may raise, and what the daemon is sent. */
class BudgetRaisesTest {
    @TempDir
    Path dir;

    private static HubFixture hub(Path dir, List<String> budgetApprovers) {
        return new HubFixture(dir, o -> o.withBudgets(new BudgetSettings(Optional.of(new BigDecimal("5.00")),
                OptionalLong.empty(), new BigDecimal("2.50"), budgetApprovers, Optional.empty(), Optional.empty())));
    }

    /** The daemon pauses the session on its budget; returns the card it opened in the thread. */
    private static MessageRef spend(HubFixture hub, HubFixture.Started s) {
        hub.event(s.id(), new SessionEvent.Attention(AttentionLevel.ACTION, AttentionReason.BUDGET,
                "session budget reached: $5.00 spent of $5.00; the agent is paused", SignalLayer.HOOK));
        RecordingSurface.Call call = hub.web.calls("reply").stream()
                .filter(c -> c.post() instanceof Post.Card k && k.title().startsWith("Budget reached")).toList().getLast();
        Post.Card card = (Post.Card) call.post();
        assertEquals(List.of("Raise by $2.50", "Stop"), card.buttons().stream().map(Post.Button::label).toList());
        assertEquals(List.of(BudgetCard.RAISE, "kill"), card.buttons().stream().map(Post.Button::action).toList());
        assertEquals(List.of("ana"), card.mentions().stream().map(u -> u.id()).toList(), "the owner is pinged");
        assertTrue(card.fields().getFirst().value().contains("$5.00 spent of $5.00"), "says what ran out");
        return new MessageRef(s.thread(), call.id());
    }

    @Test
    void a_spent_budget_opens_a_card_whose_raise_sends_the_daemon_the_configured_step() {
        try (HubFixture hub = hub(dir, List.of())) {
            HubFixture.Started s = hub.run("ana", "build it");
            MessageRef card = spend(hub, s);
            hub.press("ana", card, BudgetCard.RAISE, s.id().value());
            WireMessage.RaiseBudget raise = hub.daemon.messages(WireMessage.RaiseBudget.class).getLast();
            assertEquals(s.id(), raise.sessionId());
            assertEquals("2.50", raise.usd());
            assertEquals(Sender.parse("web:ana"), raise.sender(), "the daemon records who raised it");
            hub.event(s.id(), new SessionEvent.BudgetRaised(Sender.parse("web:ana"), "usd", "2.50", "7.50"));
            assertEquals("ana raised the session's usd budget by 2.50 to 7.50.", hub.web.texts(s.thread()).getLast());
        }
    }

    @Test
    void someone_who_may_not_approve_is_refused_in_the_thread_and_the_refusal_is_audited() {
        try (HubFixture hub = hub(dir, List.of())) {
            HubFixture.Started s = hub.run("ana", "build it");
            MessageRef card = spend(hub, s);
            hub.press("bob", card, BudgetCard.RAISE, s.id().value());
            assertEquals(List.of(), hub.daemon.messages(WireMessage.RaiseBudget.class));
            String said = hub.web.texts(s.thread()).getLast();
            assertTrue(said.startsWith("Sorry bob, ") && said.contains("raise its budget"), said);
            WireMessage.AuditNote note = hub.daemon.messages(WireMessage.AuditNote.class).getLast();
            assertEquals(Sender.parse("web:bob"), note.actor());
            assertEquals("raise_budget", note.action());
            assertEquals("refused", note.outcome());
        }
    }

    @Test
    void a_budget_approver_from_the_config_may_raise_a_session_they_do_not_drive() {
        try (HubFixture hub = hub(dir, List.of("web:carol"))) {
            HubFixture.Started s = hub.run("ana", "build it");
            MessageRef card = spend(hub, s);
            hub.press("carol", card, BudgetCard.RAISE, s.id().value());
            assertEquals(Sender.parse("web:carol"), hub.daemon.messages(WireMessage.RaiseBudget.class).getLast().sender());
            assertTrue(hub.daemon.messages(WireMessage.AuditNote.class).isEmpty(), "nothing refused");
        }
    }

    @Test
    void stop_kills_the_session_and_keeps_its_worktree() {
        try (HubFixture hub = hub(dir, List.of())) {
            HubFixture.Started s = hub.run("ana", "build it");
            MessageRef card = spend(hub, s);
            hub.press("ana", card, "kill", s.id().value());
            WireMessage.Kill kill = hub.daemon.messages(WireMessage.Kill.class).getLast();
            assertEquals(s.id(), kill.sessionId());
            assertFalse(kill.remove(), "the worktree is kept");
            assertEquals(Sender.parse("web:ana"), kill.sender());
        }
    }

    @Test
    void the_session_lists_as_action_budget_while_paused() {
        try (HubFixture hub = hub(dir, List.of())) {
            HubFixture.Started s = hub.run("ana", "build it");
            spend(hub, s);
            assertTrue(hub.store.sessions().stream().filter(x -> x.id().equals(s.id())).findFirst().orElseThrow()
                    .attention().startsWith("action:budget "), "agent ls shows action:budget");
        }
    }
}
