package dev.baton.adapters.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChatLimitsTest {
    @Test
    void message_length_counts_characters_not_utf16_units() {
        String emoji = "\uD83D\uDE00".repeat(ChatLimits.MAX_TEXT);
        assertEquals(emoji, ChatLimits.text(Optional.of(emoji)));
        ApiProblem tooLong = assertThrows(ApiProblem.class, () -> ChatLimits.text(Optional.of(emoji + "!")));
        assertEquals(413, tooLong.status());
        assertEquals("message is 40001 characters; the limit is 40000", tooLong.getMessage());
    }

    @Test
    void user_names_are_stripped_and_must_be_printable() {
        assertEquals("Ana María", ChatLimits.userName(Optional.of("  Ana María ")));
        for (String bad : new String[] {"", "   ", "a\nb", "a\u200Eb", "x".repeat(65)}) {
            assertEquals(400, assertThrows(ApiProblem.class, () -> ChatLimits.userName(Optional.of(bad))).status());
        }
        assertEquals(400, assertThrows(ApiProblem.class, () -> ChatLimits.userName(Optional.empty())).status());
    }

    @Test
    void channel_names_follow_the_documented_pattern() {
        assertEquals("a", ChatLimits.channelName(Optional.of("a")));
        assertEquals("build_box-2", ChatLimits.channelName(Optional.of("build_box-2")));
        assertEquals("x".repeat(40), ChatLimits.channelName(Optional.of("x".repeat(40))));
        for (String bad : new String[] {"_a", "A", "a.b", "x".repeat(41), "é"}) {
            assertThrows(ApiProblem.class, () -> ChatLimits.channelName(Optional.of(bad)));
        }
    }
}
