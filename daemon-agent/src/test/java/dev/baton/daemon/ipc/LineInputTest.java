package dev.baton.daemon.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Lines a buffer at a time: a request is capped at 4 MiB, an answer (a big recap) is not held to that. */
class LineInputTest {
    private static byte[] lines(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void an_answer_larger_than_a_request_may_be_is_read_whole_and_what_follows_stays() throws Exception {
        String big = "x".repeat(Wire.MAX_LINE + 1_000_000);
        LineInput in = new LineInput(new ByteArrayInputStream(lines(big, "{\"next\":1}")), 64 * 1024, LineInput.MAX_RESPONSE);
        assertEquals(big.length(), in.readLine().length());
        assertEquals("{\"next\":1}", in.readLine());
        assertNull(in.readLine());
    }

    @Test
    void a_request_past_the_limit_is_refused() {
        LineInput in = new LineInput(new ByteArrayInputStream(lines("y".repeat(Wire.MAX_LINE + 1))), 64 * 1024);
        assertThrows(Wire.LineTooLong.class, in::readLine);
    }
}
