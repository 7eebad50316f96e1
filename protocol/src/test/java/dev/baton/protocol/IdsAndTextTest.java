package dev.baton.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.protocol.id.SessionId;
import dev.baton.protocol.id.SessionName;
import dev.baton.protocol.session.Key;
import dev.baton.protocol.session.Text;
import org.junit.jupiter.api.Test;

class IdsAndTextTest {
    @Test
    void session_names_refuse_traversal_options_and_odd_characters() {
        new SessionName("fix-login.v2_a");
        for (String bad : new String[] {"", "-rf", ".hidden", "a/b", "../x", "a..b", "UPPER", "x.lock", "a b", "é"}) {
            assertThrows(IllegalArgumentException.class, () -> new SessionName(bad), bad);
        }
        assertTrue(SessionName.problem("a\u001bb").orElseThrow().contains("a?b"), "control bytes are not echoed");
    }

    @Test
    void session_ids_validate_their_form() {
        assertTrue(SessionId.random().value().matches("s-[0-9a-f]{12}"));
        assertThrows(IllegalArgumentException.class, () -> new SessionId("s-zz"));
    }

    @Test
    void keys_map_to_the_bytes_a_terminal_sends() {
        assertArrayEquals(new byte[] {0x1b}, Key.parse("esc").orElseThrow().bytes());
        assertArrayEquals(new byte[] {3}, Key.parse("ctrl-c").orElseThrow().bytes());
        assertArrayEquals("\u001b[Z".getBytes(), Key.parse("shift-tab").orElseThrow().bytes());
        assertArrayEquals("\u001b[A".getBytes(), Key.parse("UP").orElseThrow().bytes());
        assertArrayEquals("1".getBytes(), Key.parse("1").orElseThrow().bytes());
        assertTrue(Key.parse("ctrl-").isEmpty());
        assertTrue(Key.parse("f13").isEmpty());
    }

    @Test
    void control_bytes_are_stripped_but_newlines_and_tabs_stay() {
        assertEquals("a[31mb\tc\nd\ne", Text.stripControls("a\u001b[31mb\tc\r\nd\re\u0007\u009b"));
    }
}
