package dev.baton.protocol.json;

/**
 * A type whose fields sit in the enclosing object rather than under a key of their own, wherever a record has a
 * component of that type: an event's {@code type} and body next to its {@code seq}, a request's target session
 * next to its {@code op}. A marker interface rather than an annotation, for the reason {@link JsonTag} gives.
 */
public interface JsonInline {}
