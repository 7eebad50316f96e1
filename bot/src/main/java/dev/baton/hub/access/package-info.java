/**
 * Who may do what with a session: visibility, roles, the actions the one {@link dev.baton.hub.access.AccessPolicy}
 * decides (pure), {@link dev.baton.hub.access.AccessGuard} in front of it (loads the facts, audits denials), who may
 * approve a prompt, and who a chat user is ({@link dev.baton.hub.access.Identities}: sender, co-author, same person).
 * May depend on {@code hub.store} and {@code hub.daemons} (to audit through the outbox).
 */
package dev.baton.hub.access;
