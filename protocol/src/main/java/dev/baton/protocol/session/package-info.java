/**
 * The session model: states, attention levels and reasons, senders and keys, and the shared secret redaction
 * ({@code Redaction}: patterns and the values a process holds in {@code HeldSecrets}, across wrapped rows; and
 * {@code StreamMask} for a terminal stream in chunks). JDK only.
 */
package dev.baton.protocol.session;
