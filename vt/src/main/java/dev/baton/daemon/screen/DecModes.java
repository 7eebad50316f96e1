package dev.baton.daemon.screen;

/** DEC private modes ({@code CSI ? Pm h/l}) and their DECRQM state. */
final class DecModes {
    private DecModes() {}

    static void set(Screen s, ScreenEditing edit, int mode, boolean on) {
        switch (mode) {
            case 6 -> {
                s.originMode = on;
                s.moveTo(0, 0);
            }
            case 7 -> {
                s.autowrap = on;
                if (!on) {
                    s.wrapPending = false;
                }
            }
            case 25 -> s.cursorVisible = on;
            case 47, 1047, 1049 -> edit.alternateScreen(mode, on);
            case 1048 -> {
                if (on) {
                    s.saveCursor();
                } else {
                    s.restoreCursor();
                }
            }
            default -> { } // mouse, bracketed paste, focus, synchronized output, ...: accepted, ignored
        }
    }

    /** 1 set, 2 reset, 0 not recognized. */
    static int state(Screen s, int mode) {
        return switch (mode) {
            case 6 -> s.originMode ? 1 : 2;
            case 7 -> s.autowrap ? 1 : 2;
            case 25 -> s.cursorVisible ? 1 : 2;
            case 47, 1047, 1049 -> s.altActive() ? 1 : 2;
            case 1, 12, 1000, 1002, 1003, 1004, 1005, 1006, 1015, 2004, 2026 -> 2;
            default -> 0;
        };
    }
}
