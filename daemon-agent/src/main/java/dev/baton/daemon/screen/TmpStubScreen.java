package dev.baton.daemon.screen;

import java.util.List;

final class TmpStubScreen implements ScreenModel {
    private final int cols, rows;
    TmpStubScreen(int c, int r) { cols = c; rows = r; }
    public void feed(byte[] buf, int off, int len) {}
    public void resize(int c, int r) {}
    public ScreenSnapshot snapshot() { return new ScreenSnapshot(cols, rows, 0, 0, true, false, List.of(), List.of()); }
    public String repaintAnsi() { return ""; }
}
