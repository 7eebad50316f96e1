package dev.baton.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.baton.protocol.json.Json;
import dev.baton.protocol.json.JsonException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void values_round_trip_with_escapes_and_unicode() {
        Map<String, Object> value = Json.object("s", "a\"b\\c\n\t\u0001 ❯ 日本", "n", 42L, "d", 1.5, "t", true,
                "list", List.of("x", 1L), "obj", Json.object("k", "v"));
        assertEquals(value, Json.parse(Json.write(value)));
        assertEquals("{\"s\":\"\\u0001\"}", Json.write(Map.of("s", "\u0001")));
    }

    @Test
    void null_fields_are_left_out() {
        assertEquals("{\"a\":1}", Json.write(Json.object("a", 1, "b", null)));
    }

    @Test
    void malformed_text_says_where() {
        JsonException e = assertThrows(JsonException.class, () -> Json.parse("{\"a\": tru}"));
        assertEquals("malformed JSON at offset 6: unexpected token", e.getMessage());
        assertThrows(JsonException.class, () -> Json.parse("[1,2"));
        assertThrows(JsonException.class, () -> Json.parse("{} x"));
        assertThrows(JsonException.class, () -> Json.parse("[".repeat(100) + "]".repeat(100)));
        assertThrows(JsonException.class, () -> Json.parseObject("[]"));
    }
}
