package dev.baton.chat;

/** What submitting the launch dialog did. */
public sealed interface LaunchOutcome {
    /** The session {@code name} started; {@code card} is its status card (its thread is the session). */
    record Started(String name, MessageRef card) implements LaunchOutcome {}

    /** Nothing started: the form again, with its inline errors. */
    record Invalid(LaunchForm form) implements LaunchOutcome {}
}
