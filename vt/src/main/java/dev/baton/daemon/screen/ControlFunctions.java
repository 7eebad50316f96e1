package dev.baton.daemon.screen;

/** C0 control characters and two-character {@code ESC} sequences. */
final class ControlFunctions {
    private final Screen s;
    private final ScreenEditing edit;
    private final EventQueue events;

    ControlFunctions(Screen screen, ScreenEditing edit, EventQueue events) {
        this.s = screen;
        this.edit = edit;
        this.events = events;
    }

    void execute(int c) {
        switch (c) {
            case 0x07 -> events.bell();
            case 0x08 -> s.backspace();
            case 0x09 -> s.tab(1);
            case 0x0A, 0x0B, 0x0C -> s.index();
            case 0x0D -> s.carriageReturn();
            case 0x0E -> s.shiftOut = true;
            case 0x0F -> s.shiftOut = false;
            default -> { }
        }
    }

    /** ESC with an optional intermediate byte (0 when none) and a final byte. */
    void escape(int intermediate, int fin) {
        if (intermediate == 0) {
            switch (fin) {
                case '7' -> s.saveCursor();
                case '8' -> s.restoreCursor();
                case 'D' -> s.index();
                case 'E' -> {
                    s.carriageReturn();
                    s.index();
                }
                case 'M' -> s.reverseIndex();
                case 'H' -> s.tabs.set(s.col);
                case 'c' -> edit.fullReset();
                default -> { } // '=', '>' keypad modes and the rest are ignored
            }
        } else if (intermediate == '(') {
            s.g0Graphics = fin == '0';
        } else if (intermediate == ')') {
            s.g1Graphics = fin == '0';
        } else if (intermediate == '#' && fin == '8') {
            edit.alignmentTest();
        }
    }
}
