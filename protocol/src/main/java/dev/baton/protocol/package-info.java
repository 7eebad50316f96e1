/**
 * Baton's shared vocabulary: typed ids, the session model and its sealed event types, the CLI's requests and
 * replies, and a tiny JSON codec with one record mapping for all of them. Depends on nothing but the JDK, so the
 * `agent` CLI loads fast.
 */
package dev.baton.protocol;
