package dev.baton.adapters.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Interaction tokens Baton may still answer, on a ticker the test moves: they expire before Discord's 15 minutes;
 * and the reply handles, which are bounded. (No hook is called here, so none is needed.)
 */
class InteractionsTest {
    final AtomicLong nanos = new AtomicLong();
    final Interactions interactions = new Interactions(nanos::get);

    void advance(Duration d) {
        nanos.addAndGet(d.toNanos());
    }

    @Test
    void a_deferred_command_can_be_answered_until_its_token_is_nearly_fifteen_minutes_old() {
        interactions.command("i1", null);
        advance(Interactions.TOKEN_LIFE.minusSeconds(1));
        assertTrue(interactions.command("i1").isPresent());
        interactions.command("i1").orElseThrow().answered = true;
        assertTrue(interactions.command("i1").orElseThrow().answered, "the same deferral, answered");
        advance(Duration.ofSeconds(2));
        assertTrue(interactions.command("i1").isEmpty(), "then it is answered in the channel instead");
        assertTrue(Interactions.TOKEN_LIFE.compareTo(Duration.ofMinutes(15)) < 0);
    }

    @Test
    void the_latest_press_is_kept_per_user_and_thread() {
        interactions.press("ana", "discord:c1/t1", null);
        advance(Duration.ofMinutes(10));
        interactions.press("ana", "discord:c1/t1", null);
        advance(Duration.ofMinutes(10));
        assertTrue(interactions.press("ana", "discord:c1/t1").isPresent(), "the second press is 10 minutes old");
        assertFalse(interactions.press("ana", "discord:c1/t2").isPresent());
        assertFalse(interactions.press("bob", "discord:c1/t1").isPresent());
    }

    @Test
    void handles_resolve_to_posted_ids_for_a_week_after_their_last_use_and_stay_bounded() {
        Handles handles = new Handles(nanos::get);
        handles.put("p:1", "1300000000000000500");
        assertEquals("1300000000000000500", handles.resolve("p:1"));
        assertEquals("1300000000000000501", handles.resolve("1300000000000000501"), "a real id as it is");
        assertThrows(DiscordException.class, () -> handles.resolve("p:2"));
        advance(Handles.KEPT.minusMinutes(1));
        assertEquals("1300000000000000500", handles.resolve("p:1"), "used again: kept another week");
        advance(Handles.KEPT.minusMinutes(1));
        assertEquals("1300000000000000500", handles.resolve("p:1"));
        advance(Handles.KEPT.plusMinutes(1));
        assertThrows(DiscordException.class, () -> handles.resolve("p:1"), "a week untouched: forgotten");
        for (int i = 0; i < Handles.MAX + 200; i++) {
            handles.put("p:x" + i, "id" + i);
        }
        assertTrue(handles.size() <= Handles.MAX, "kept " + handles.size());
        assertEquals("id" + (Handles.MAX + 199), handles.resolve("p:x" + (Handles.MAX + 199)), "the newest is kept");
    }
}
