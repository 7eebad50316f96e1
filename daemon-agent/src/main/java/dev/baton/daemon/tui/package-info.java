/**
 * The supervisor TUI ({@code agent} with no arguments on a terminal, or {@code agent tui}): one row per session,
 * sorted by attention, a detail pane for the selected one, and keys to answer, attach, type, inspect and kill. It
 * reaches the daemon only through {@link dev.baton.daemon.tui.DaemonPort} (the CLI implements it on the socket) and
 * depends on {@code protocol} and JLine, which stays inside this package ({@code Tui}, {@code Keys}, {@code Attach}).
 */
package dev.baton.daemon.tui;
