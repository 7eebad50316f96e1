package dev.baton.daemon.session;

/** The result of {@code agent run}: a started session, or why not. Expected outcomes are values. */
public sealed interface RunOutcome {
    record Started(SessionView session) implements RunOutcome {}

    record Rejected(String reason) implements RunOutcome {}
}
