package dev.baton.protocol.json;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The JSON name of a record component, or the tag of a record under a {@link JsonTag} interface, where it is not
 * the snake_case of the Java name ({@code baseBranch} is {@code base_branch}, {@code SendInput} is {@code send_input}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.TYPE})
public @interface JsonName {
    String value();
}
