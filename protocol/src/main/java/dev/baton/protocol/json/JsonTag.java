package dev.baton.protocol.json;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A sealed interface whose records are written as one object with a tag field ({@link #key()}) naming the record:
 * {@code {"type":"deliver_turn",...}}. The tag is the snake_case of the record's simple name unless it carries
 * {@link JsonName}. {@link #what()} names the tag in errors: {@code unknown message type 'x'}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface JsonTag {
    String key();

    String what();
}
