package dev.baton.hub.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The console says how the local daemon ended: a status, or the signal that killed it. */
class ExitStatusTest {
    @Test
    void a_signal_death_is_named_and_a_plain_exit_shows_its_status() {
        assertEquals("was killed by signal 9 (SIGKILL), exit status 137", new ExitStatus(137).describe());
        assertTrue(new ExitStatus(143).killed());
        assertEquals("exited with status 2", new ExitStatus(2).describe());
        assertFalse(new ExitStatus(2).killed());
        assertEquals("stopped (exit status 0)", new ExitStatus(0).describe());
    }
}
