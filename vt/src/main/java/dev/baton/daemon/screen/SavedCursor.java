package dev.baton.daemon.screen;

/** What DECSC / {@code CSI s} / mode 1049 save and DECRC restores. */
record SavedCursor(int row, int col, boolean wrapPending, long pen, boolean originMode,
                   boolean g0Graphics, boolean g1Graphics, boolean shiftOut) {
}
