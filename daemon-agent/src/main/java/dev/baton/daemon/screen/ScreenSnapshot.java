package dev.baton.daemon.screen;

import java.util.List;

public record ScreenSnapshot(int cols, int rows, int cursorRow, int cursorCol, boolean cursorVisible, boolean altScreen,
                             List<String> lines, List<String> scrollbackTail) {
    public String text() {
        return String.join("\n", lines).stripTrailing();
    }
}
