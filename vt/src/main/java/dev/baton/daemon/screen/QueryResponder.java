package dev.baton.daemon.screen;

import java.nio.charset.StandardCharsets;

/**
 * Answers terminal queries (DSR, DA1, DA2, DECRQM, OSC 4/10/11/12 color queries) by queueing
 * reply bytes. Terminal-startup probes from crossterm and Ink block on some of these.
 */
final class QueryResponder {
    private static final String CSI = "\u001b[";
    private static final int[] ANSI16 = {
        0x000000, 0xcd0000, 0x00cd00, 0xcdcd00, 0x0000ee, 0xcd00cd, 0x00cdcd, 0xe5e5e5,
        0x7f7f7f, 0xff0000, 0x00ff00, 0xffff00, 0x5c5cff, 0xff00ff, 0x00ffff, 0xffffff,
    };

    private final EventQueue events;

    QueryResponder(EventQueue events) {
        this.events = events;
    }

    private void send(String ascii) {
        events.reply(ascii.getBytes(StandardCharsets.UTF_8));
    }

    void statusOk() {
        send(CSI + "0n");
    }

    /** CPR: 1-based row (relative to the top margin in origin mode) and column. */
    void cursorPosition(Screen s, boolean decPrivate) {
        int r = (s.originMode ? s.row - s.top : s.row) + 1;
        send(CSI + (decPrivate ? "?" : "") + r + ';' + (s.col + 1) + 'R');
    }

    void primaryAttributes() {
        send(CSI + "?62;22c");
    }

    void secondaryAttributes() {
        send(CSI + ">0;10;1c");
    }

    /** DECRQM reply: state 1 set, 2 reset, 0 not recognized. */
    void modeReport(int mode, int state, boolean decPrivate) {
        send(CSI + (decPrivate ? "?" : "") + mode + ';' + state + "$y");
    }

    /** OSC 10/11/12 (and 4;index) query: white foreground, black background and palette. */
    void colorQuery(int code, String payload, boolean belTerminated) {
        String body;
        if (code == 10 || code == 12) {
            body = code + ";" + rgb(0xffffff);
        } else if (code == 11) {
            body = code + ";" + rgb(0x000000);
        } else {
            int semi = payload.indexOf(';');
            int index;
            try {
                index = Integer.parseInt(payload.substring(0, semi));
            } catch (RuntimeException e) {
                return;
            }
            if (index < 0 || index > 255) {
                return;
            }
            body = "4;" + index + ";" + rgb(palette(index));
        }
        send("\u001b]" + body + (belTerminated ? "\u0007" : "\u001b\\"));
    }

    private static String rgb(int color) {
        return String.format("rgb:%1$02x%1$02x/%2$02x%2$02x/%3$02x%3$02x",
                (color >> 16) & 0xff, (color >> 8) & 0xff, color & 0xff);
    }

    /** The xterm 256-color palette. */
    static int palette(int index) {
        if (index < 16) {
            return ANSI16[index];
        }
        if (index < 232) {
            int i = index - 16;
            return (level(i / 36) << 16) | (level((i / 6) % 6) << 8) | level(i % 6);
        }
        int gray = 8 + (index - 232) * 10;
        return (gray << 16) | (gray << 8) | gray;
    }

    private static int level(int v) {
        return v == 0 ? 0 : 55 + v * 40;
    }
}
