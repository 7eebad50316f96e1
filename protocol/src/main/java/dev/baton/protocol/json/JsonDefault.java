package dev.baton.protocol.json;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A string or number component that may be absent (or null) in the JSON; it then reads as {@link #value()}
 * ({@code ""}, or {@code 0} for a number). Without it such a component is required. Booleans, lists, maps and
 * {@code Optional}s may always be absent (false, empty, empty).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface JsonDefault {
    String value() default "";
}
