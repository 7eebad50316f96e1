package dev.baton.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.baton.protocol.json.Json;
import dev.baton.protocol.json.JsonDefault;
import dev.baton.protocol.json.JsonException;
import dev.baton.protocol.json.JsonInline;
import dev.baton.protocol.json.JsonName;
import dev.baton.protocol.json.JsonTag;
import dev.baton.protocol.json.RecordJson;
import dev.baton.protocol.session.SessionState;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecordJsonTest {
    record Where(Optional<String> host, int port) implements JsonInline {}

    record Sample(String baseBranch, @JsonName("n") long count, SessionState state, Optional<String> note,
                  List<String> tags, Map<String, Long> marks, @JsonDefault("hub") String hub, Where where) {}

    sealed interface Shape {
        JsonTag JSON_TAG = new JsonTag("kind", "shape");

        record Circle(int radius) implements Shape {}

        @JsonName("box")
        record Square(int side) implements Shape {}
    }

    @Test
    void components_are_snake_case_fields_in_order_and_empty_optionals_are_left_out() {
        Sample s = new Sample("main", 3, SessionState.WAITING, Optional.empty(), List.of("a"), Map.of("z", 1L, "b", 2L),
                "h", new Where(Optional.of("x"), 80));
        String json = "{\"base_branch\":\"main\",\"n\":3,\"state\":\"waiting\",\"tags\":[\"a\"],\"marks\":{\"b\":2,\"z\":1},"
                + "\"hub\":\"h\",\"host\":\"x\",\"port\":80}";
        assertEquals(json, RecordJson.write(s));
        assertEquals(s, RecordJson.fromMap(Json.parseObject(json), Sample.class));
    }

    @Test
    void absent_fields_read_as_their_defaults_or_are_named_when_required() {
        assertEquals(new Sample("main", 0, SessionState.RUNNING, Optional.empty(), List.of(), Map.of(), "hub",
                        new Where(Optional.empty(), 0)),
                RecordJson.fromMap(Json.parseObject("{\"base_branch\":\"main\",\"state\":\"RUNNING\"}"), Sample.class));
        assertEquals("missing field 'base_branch'", assertThrows(JsonException.class,
                () -> RecordJson.fromMap(Json.parseObject("{\"state\":\"running\"}"), Sample.class)).getMessage());
        assertEquals("field 'state' has an unknown value 'asleep'", assertThrows(JsonException.class,
                () -> RecordJson.fromMap(Json.parseObject("{\"base_branch\":\"m\",\"state\":\"asleep\"}"), Sample.class))
                .getMessage());
        assertEquals("field 'n' must be a number", assertThrows(JsonException.class, () -> RecordJson.fromMap(
                Json.parseObject("{\"base_branch\":\"m\",\"state\":\"running\",\"n\":\"3\"}"), Sample.class)).getMessage());
    }

    @Test
    void tagged_records_carry_their_tag_first_and_read_back_by_it() {
        assertEquals("{\"kind\":\"circle\",\"radius\":2}", RecordJson.write(new Shape.Circle(2)));
        assertEquals("{\"kind\":\"box\",\"side\":3}", RecordJson.write(new Shape.Square(3)));
        assertEquals(new Shape.Square(3), RecordJson.fromTagged(Json.parseObject("{\"kind\":\"box\",\"side\":3}"), Shape.class));
        assertEquals("unknown shape 'blob'", assertThrows(JsonException.class,
                () -> RecordJson.fromTagged(Json.parseObject("{\"kind\":\"blob\"}"), Shape.class)).getMessage());
        assertEquals(Map.of("side", 3), RecordJson.fields(new Shape.Square(3)));
    }
}
