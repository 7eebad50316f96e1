package dev.baton.hub.access;

/** What the access policy says: allowed, or denied with a reason fit to show the person. */
public sealed interface AccessDecision {
    record Allowed(Role role) implements AccessDecision {}

    record Denied(String reason) implements AccessDecision {}

    default boolean allowed() {
        return this instanceof Allowed;
    }
}
