package dev.baton.adapters.slack;

/**
 * Makes one Web API call for an {@link Outbound} and says how it went. {@link SlackWebApi} is the real one; the
 * outbox's unit test records calls and answers as scripted.
 */
@FunctionalInterface
interface SlackCalls {
    /** {@code ts}: the real ts of the message an update or reaction names (already resolved from a handle). */
    CallResult call(Outbound op, String ts);
}
