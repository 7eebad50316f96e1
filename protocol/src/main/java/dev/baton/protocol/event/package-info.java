/**
 * The session event stream: sealed {@link dev.baton.protocol.event.SessionEvent} records, the envelope with
 * a per-session monotonic seq, and their JSON form. It is the single source for the CLI, the hub and recaps.
 */
package dev.baton.protocol.event;
