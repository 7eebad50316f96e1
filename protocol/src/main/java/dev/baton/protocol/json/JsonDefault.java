package dev.baton.protocol.json;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A string component that may be absent (or null) in the JSON; it then reads as {@link #value()} ({@code ""}
 * unless given). Without it a string, a boxed number, an enum or a record is required. Primitives, lists, maps and
 * {@code Optional}s may always be absent (zero or false, empty, empty). The CLI's records use {@code Optional}
 * instead: reading an annotation costs a short-lived JVM a proxy class (see {@link JsonTag}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface JsonDefault {
    String value() default "";
}
