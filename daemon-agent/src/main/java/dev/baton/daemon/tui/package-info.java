/**
 * The supervisor TUI ({@code agent} with no arguments on a terminal, or {@code agent tui}): one row per session,
 * sorted by attention, a detail pane for the selected one, and keys to answer, attach, type, inspect and kill. It
 * reaches the daemon only through {@link dev.baton.daemon.tui.DaemonPort} (the CLI implements it on the socket) and
 * depends on {@code protocol} and JLine, whose types stay inside this package. {@code Tui} is the entry point (the
 * terminal and the loop), {@code Controller} the state and what each input does, {@code Board} the rows and the
 * selection, {@code Renderer} and {@code DetailPane} the frame (pure), {@code Keys} the key maps, {@code LiveFeed}
 * the daemon's event feed, {@code Attach} the attached terminal.
 */
package dev.baton.daemon.tui;
