package dev.baton.adapters.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessGateTest {
    final AccessGate open = new AccessGate(Set.of("g1"), Set.of(), Set.of());
    final AccessGate closed = new AccessGate(Set.of("g1"), Set.of("c1"), Set.of("u1"));

    @Test
    void empty_lists_mean_everyone_in_the_configured_guilds() {
        assertEquals(new AccessGate.Allowed(), open.check("g1", "any", "anyone"));
        assertTrue(open.check("g2", "c1", "u1") instanceof AccessGate.Denied d && d.reason().contains("[discord] guilds"));
    }

    @Test
    void channel_and_user_lists_are_enforced_with_a_sentence_naming_the_key() {
        assertEquals(new AccessGate.Allowed(), closed.check("g1", "c1", "u1"));
        assertTrue(closed.check("g1", "c2", "u1") instanceof AccessGate.Denied d && d.reason().contains("[discord] channels"));
        assertTrue(closed.check("g1", "c1", "u2") instanceof AccessGate.Denied d && d.reason().contains("[discord] users"));
    }

    @Test
    void direct_messages_are_refused_plainly() {
        assertTrue(open.check(null, "dm", "u1") instanceof AccessGate.Denied d && d.reason().contains("direct messages"));
    }
}
