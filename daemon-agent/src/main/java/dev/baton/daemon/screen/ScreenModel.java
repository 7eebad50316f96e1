package dev.baton.daemon.screen;

public interface ScreenModel {
    static ScreenModel create(int cols, int rows, ScreenListener listener) {
        return new TmpStubScreen(cols, rows);
    }
    void feed(byte[] buf, int off, int len);
    void resize(int cols, int rows);
    ScreenSnapshot snapshot();
    String repaintAnsi();
}
