/**
 * Baton's shared vocabulary: typed ids, the session model and its sealed event types, and a tiny JSON
 * codec for the wire. Depends on nothing but the JDK, so the `agent` CLI loads fast.
 */
package dev.baton.protocol;
