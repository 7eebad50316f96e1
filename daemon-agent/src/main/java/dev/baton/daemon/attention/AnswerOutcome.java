package dev.baton.daemon.attention;

/** What an answer to the open prompt did: applied (with the keys to type into the dialog, maybe none), or refused. */
public sealed interface AnswerOutcome {
    /** The prompt took the answer; a screen prompt needs {@code keys} typed, a hook has its reply already. */
    record Applied(byte[] keys) implements AnswerOutcome {}

    /** Not the open prompt, or its input changed since: the answer is stale and has no effect. */
    record Stale(String reason) implements AnswerOutcome {}
}
