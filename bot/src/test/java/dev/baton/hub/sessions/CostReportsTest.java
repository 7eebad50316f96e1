package dev.baton.hub.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.baton.hub.HubFixture;
import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.wire.WireMessage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /agent cost}: a session split by the people whose turns used it, and totals over what the asker may see. */
class CostReportsTest {
    static final Instant TODAY = Instant.parse("2026-01-01T09:00:00Z"); // the fixture's clock is 10:00 that day
    static final Instant LAST_MONTH = Instant.parse("2025-12-01T09:00:00Z");

    @TempDir
    Path dir;

    static SessionEvent.Usage usage(String request, long output, double usd) {
        return new SessionEvent.Usage(request, "claude-sonnet", 0, output, 0, 0, Optional.of(usd));
    }

    /** Bob's reply reaches the agent: what it uses from now on is Bob's. */
    static void bobsTurnDelivered(HubFixture hub, HubFixture.Started s) {
        hub.reply(s.thread(), "bob", "also the docs");
        WireMessage.DeliverTurn turn = hub.daemon.messages(WireMessage.DeliverTurn.class).getLast();
        hub.event(s.id(), new SessionEvent.TurnDelivered(turn.turnId(), turn.number(), "[from bob] also the docs"));
    }

    private static String answer(HubFixture hub) {
        return hub.web.calls("answer").getLast().text();
    }

    @Test
    void in_a_thread_the_first_prompt_is_the_starters_and_each_later_turn_its_senders() {
        try (HubFixture hub = new HubFixture(dir)) {
            HubFixture.Started s = hub.run("ana", "fix the build");
            hub.event(s.id(), usage("r1", 1_000, 1.50), TODAY);
            hub.event(s.id(), usage("r2", 500, 0.25), TODAY);
            bobsTurnDelivered(hub, s);
            hub.event(s.id(), usage("r3", 200, 0.75), TODAY);
            hub.command("carol", s.thread(), "cost");
            String name = hub.daemon.messages(WireMessage.StartSession.class).getLast().name();
            assertEquals("/agent cost\nCost of " + name + ": $2.50 · 1.7k tokens\n"
                    + "  ana (web): $1.75 · 1.5k tokens\n  bob (web): $0.75 · 200 tokens", answer(hub));
        }
    }

    @Test
    void anywhere_cost_adds_up_the_period_for_a_person_or_a_channel_and_leaves_out_what_the_asker_may_not_see() {
        try (HubFixture hub = new HubFixture(dir)) {
            HubFixture.Started a = hub.run("ana", "one");
            String aName = hub.daemon.messages(WireMessage.StartSession.class).getLast().name();
            hub.event(a.id(), usage("r1", 100, 1.00), TODAY);
            hub.event(a.id(), usage("r0", 100, 8.00), LAST_MONTH);
            bobsTurnDelivered(hub, a);
            hub.event(a.id(), usage("r2", 100, 0.50), TODAY);
            HubFixture.Started secret = hub.run("carol", "two");
            hub.command("carol", secret.thread(), "visibility private");
            hub.event(secret.id(), usage("r3", 100, 4.00), TODAY);

            hub.command("ana", HubFixture.GENERAL, Optional.empty(), "cost");
            assertEquals("/agent cost\nCost of 1 session, today: $1.50 · 200 tokens\nBy session:\n  " + aName
                    + ": $1.50 · 200 tokens\nBy person:\n  ana (web): $1.00 · 100 tokens\n  bob (web): $0.50 · 100 tokens",
                    answer(hub));
            hub.command("ana", HubFixture.GENERAL, Optional.empty(), "cost week @bob");
            assertEquals("/agent cost\nCost of 1 session, the last 7 days, turns of bob (web): $0.50 · 100 tokens\n"
                    + "By session:\n  " + aName + ": $0.50 · 100 tokens\nBy person:\n  bob (web): $0.50 · 100 tokens",
                    answer(hub));
            hub.command("carol", HubFixture.GENERAL, Optional.empty(), "cost today #general");
            assertEquals("Cost of 2 sessions, today, in #general: $5.50 · 300 tokens",
                    answer(hub).lines().skip(1).findFirst().orElseThrow(), "carol sees her private session");
            hub.command("carol", HubFixture.GENERAL, Optional.empty(), "cost today #elsewhere");
            assertEquals("/agent cost\nCost of 0 sessions, today, in #elsewhere: $0.00 · 0 tokens", answer(hub));
        }
    }
}
