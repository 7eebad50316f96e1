package dev.baton.hub.budgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.chat.MessageRef;
import dev.baton.chat.Post;
import dev.baton.config.BudgetSettings;
import dev.baton.hub.HubFixture;
import dev.baton.hub.store.HubSession;
import dev.baton.hub.testing.RecordingSurface;
import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.id.SessionId;
import dev.baton.protocol.session.Sender;
import dev.baton.protocol.wire.WireMessage;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code person_daily_usd} and {@code channel_daily_usd} at the hub: the 80% notice, the pause at 100%, the raise. */
class DailyBudgetsTest {
    static final Instant TODAY = Instant.parse("2026-01-01T10:00:00Z");

    @TempDir
    Path dir;

    private static HubFixture hub(Path dir, String person, String channel) {
        return new HubFixture(dir, o -> o.withBudgets(new BudgetSettings(Optional.empty(), OptionalLong.empty(),
                new BigDecimal("5.00"), List.of("web:carol"), Optional.ofNullable(person).map(BigDecimal::new),
                Optional.ofNullable(channel).map(BigDecimal::new))));
    }

    private static void spend(HubFixture hub, SessionId s, String request, double usd) {
        hub.event(s, new SessionEvent.Usage(request, "claude-opus-5-5", 0, 1000, 0, 0, Optional.of(usd)), TODAY);
    }

    private static HubSession row(HubFixture hub, SessionId id) {
        return hub.store.sessions().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<RecordingSurface.Call> cards(HubFixture hub, HubFixture.Started s) {
        return hub.web.calls("reply").stream().filter(c -> c.where().equals(s.thread().key())
                && c.post() instanceof Post.Card k && k.title().startsWith("Budget reached")).toList();
    }

    @Test
    void a_persons_day_notices_at_80_percent_once_then_pauses_all_their_sessions_at_100() {
        try (HubFixture hub = hub(dir, "10", null)) {
            HubFixture.Started a = hub.run("ana", "first");
            HubFixture.Started b = hub.run("ana", "second");
            spend(hub, a.id(), "r1", 8.0);
            assertEquals("ℹ budget: 80% of ana's daily budget is spent: $8.00 of $10.00 today (UTC)",
                    hub.web.texts(a.thread()).getLast());
            spend(hub, a.id(), "r2", 0.5);
            assertEquals(1, hub.web.texts(a.thread()).stream().filter(t -> t.contains("80%")).count(), "noticed once");
            assertEquals(List.of(), hub.daemon.messages(WireMessage.Pause.class), "not paused below the limit");
            spend(hub, b.id(), "r3", 1.5);
            List<WireMessage.Pause> pauses = hub.daemon.messages(WireMessage.Pause.class);
            assertEquals(2, pauses.size(), "both of ana's sessions are paused: " + pauses);
            assertTrue(pauses.stream().allMatch(p -> p.paused() && p.sender().equals(DailyBudgets.BUDGET)));
            for (HubFixture.Started s : List.of(a, b)) {
                Post.Card card = (Post.Card) cards(hub, s).getLast().post();
                assertEquals(List.of("Raise by $5.00", "Stop"), card.buttons().stream().map(Post.Button::label).toList());
                assertEquals("person|2026-01-01|web:ana", card.buttons().getFirst().value());
                assertTrue(row(hub, s.id()).attention().startsWith("action:budget ana's daily budget is spent: $10.00"),
                        "agent ls shows action:budget: " + row(hub, s.id()).attention());
            }
        }
    }

    @Test
    void only_budget_approvers_raise_a_daily_budget_and_the_raise_resumes_the_held_sessions() {
        try (HubFixture hub = hub(dir, "10", null)) {
            HubFixture.Started a = hub.run("ana", "first");
            spend(hub, a.id(), "r1", 10.0);
            RecordingSurface.Call call = cards(hub, a).getLast();
            MessageRef card = new MessageRef(a.thread(), call.id());
            String value = ((Post.Card) call.post()).buttons().getFirst().value();
            hub.press("ana", card, DailyBudgets.RAISE, value);
            assertEquals("Sorry ana, only budget approvers may raise ana's daily budget.", hub.web.texts(a.thread()).getLast());
            WireMessage.AuditNote refused = hub.daemon.messages(WireMessage.AuditNote.class).getLast();
            assertEquals(List.of("web:ana", "raise_budget", "refused"),
                    List.of(refused.actor().toString(), refused.action(), refused.outcome()));
            assertEquals(1, hub.daemon.messages(WireMessage.Pause.class).size(), "still paused");
            hub.press("carol", card, DailyBudgets.RAISE, value);
            assertEquals("carol raised ana's daily budget by $5.00 to $15.00 for 2026-01-01; the agent carries on.",
                    hub.web.texts(a.thread()).getLast());
            WireMessage.Pause resume = hub.daemon.messages(WireMessage.Pause.class).getLast();
            assertEquals(false, resume.paused());
            assertEquals(Sender.parse("web:carol"), resume.sender());
            WireMessage.AuditNote done = hub.daemon.messages(WireMessage.AuditNote.class).getLast();
            assertEquals("done", done.outcome());
            assertEquals("person web:ana daily budget by 5.00 to 15.00 for 2026-01-01", done.reason(),
                    "the event stream records who raised it and by how much");
            assertEquals("", row(hub, a.id()).attention());
            spend(hub, a.id(), "r2", 2.5);
            assertTrue(hub.web.texts(a.thread()).getLast().contains("80% of ana's daily budget is spent: $12.50 of $15.00"),
                    "the raised limit counts");
        }
    }

    @Test
    void a_channels_day_pauses_everyone_s_sessions_in_it() {
        try (HubFixture hub = hub(dir, null, "3")) {
            HubFixture.Started a = hub.run("ana", "first");
            HubFixture.Started b = hub.run("bob", "second");
            spend(hub, a.id(), "r1", 1.0);
            spend(hub, b.id(), "r2", 2.0);
            assertEquals(2, hub.daemon.messages(WireMessage.Pause.class).size());
            Post.Card card = (Post.Card) cards(hub, b).getLast().post();
            assertEquals("channel|2026-01-01|web:general", card.buttons().getFirst().value());
            assertTrue(card.fields().getFirst().value().startsWith("channel web:general's daily budget is spent"));
        }
    }
}
