/**
 * Attention detection, all of it behind {@link dev.baton.daemon.attention.AttentionTracker}, the one object a
 * session's actor calls (screen changed, terminal bell/OSC, hook event, answer given, human input) and reads
 * (blocking, summary, layers): the screen scan with per-vendor prompt profiles (data files under
 * {@code resources/dev/baton/daemon/attention}), terminal signals, agent hooks, and the prompt desk that holds the one
 * open permission prompt and routes answers to its hook or to the dialog's keys. It raises what it sees as typed
 * {@code SessionEvent}s into a sink. Depends on {@code screen} (snapshots) and {@code protocol} only, not on
 * {@code session}.
 */
package dev.baton.daemon.attention;
