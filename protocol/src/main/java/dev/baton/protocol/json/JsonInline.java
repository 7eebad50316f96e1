package dev.baton.protocol.json;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A record component (a record, or a {@link JsonTag} sealed value) whose fields sit in the enclosing object
 * rather than under a key of their own: an event's {@code type} and body next to its {@code seq}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface JsonInline {}
