package dev.baton.adapters.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommandTextTest {
    @Test
    void slash_or_bang_agent_at_the_start_is_a_command() {
        assertEquals(Optional.of("screen"), CommandText.of("  /agent screen "));
        assertEquals(Optional.of("keys esc"), CommandText.of("!agent keys esc"));
        assertEquals(Optional.of(""), CommandText.of("!agent"));
    }

    @Test
    void anything_else_is_not() {
        assertEquals(Optional.empty(), CommandText.of("/agents"));
        assertEquals(Optional.empty(), CommandText.of("!agentx"));
        assertEquals(Optional.empty(), CommandText.of("please /agent screen"));
        assertEquals(Optional.empty(), CommandText.of("!aside /agent kill"));
    }
}
