package dev.baton.daemon.activity;

import dev.baton.protocol.event.SessionEvent;

/** What one transcript line says: something the agent did (an event as it is), or the tokens of a model request. */
sealed interface Reading {
    /** An {@code agent_message}, {@code tool_call} or {@code tool_result}, ready for the stream. */
    record Did(SessionEvent event) implements Reading {}

    /** A model request's tokens, still to be deduplicated and priced by the {@link UsageLedger}. */
    record Served(ModelRequest request) implements Reading {}
}
