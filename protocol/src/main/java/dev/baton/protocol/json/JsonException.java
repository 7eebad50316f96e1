package dev.baton.protocol.json;

/** Malformed JSON, or JSON of the wrong shape for a frame. */
public final class JsonException extends RuntimeException {
    public JsonException(String message) {
        super(message);
    }
}
