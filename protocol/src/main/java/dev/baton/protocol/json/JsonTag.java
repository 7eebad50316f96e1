package dev.baton.protocol.json;

/**
 * Marks a sealed interface whose records are written as one object with a tag field ({@link #key()}) naming the
 * record: {@code {"type":"deliver_turn",...}}. The interface declares it as a constant,
 * {@code JsonTag JSON_TAG = new JsonTag("type", "message type");}. The tag is the snake_case of the record's
 * simple name unless it carries {@link JsonName}; {@link #what()} names the tag in errors:
 * {@code unknown message type 'x'}. A constant rather than an annotation: reading an annotation makes the JVM spin
 * proxy classes, which the short-lived CLI pays for on every command (docs/architecture.md, "JSON codec").
 */
public record JsonTag(String key, String what) {
    /** The name of the constant a tagged interface declares. */
    public static final String FIELD = "JSON_TAG";
}
