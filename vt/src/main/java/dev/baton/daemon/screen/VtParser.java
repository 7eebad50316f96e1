package dev.baton.daemon.screen;

import java.util.Arrays;

/**
 * The byte-level state machine (after the DEC/VT500 parser): ground text with a fast path for
 * printable ASCII runs and incremental UTF-8, ESC, CSI with private markers, intermediates and
 * colon sub-parameters, OSC strings (BEL or ST terminated, capped), and DCS/SOS/PM/APC strings
 * that are swallowed. All state survives across {@link #feed} calls.
 */
final class VtParser {
    static final int MAX_PARAMS = 32;
    static final int OSC_LIMIT = 4096;

    private static final int GROUND = 0;
    private static final int ESCAPE = 1;
    private static final int ESCAPE_INTERMEDIATE = 2;
    private static final int CSI = 3;
    private static final int OSC = 4;
    private static final int OSC_ESCAPE = 5;
    private static final int STRING = 6;
    private static final int STRING_ESCAPE = 7;

    private final Screen screen;
    private final ControlFunctions controls;
    private final CsiDispatcher csi;
    private final OscDispatcher osc;
    private final Utf8Decoder utf8 = new Utf8Decoder();
    private final int[] params = new int[MAX_PARAMS];

    private int state = GROUND;
    private int paramCount;
    private int current;
    private long colonMask;
    private int marker;
    private int intermediate;
    private boolean ignoreCsi;
    private byte[] oscData = new byte[64];
    private int oscLen;
    private boolean oscOverflow;

    VtParser(Screen screen, ControlFunctions controls, CsiDispatcher csi, OscDispatcher osc) {
        this.screen = screen;
        this.controls = controls;
        this.csi = csi;
        this.osc = osc;
    }

    void feed(byte[] b, int off, int len) {
        int i = off;
        final int end = off + len;
        while (i < end) {
            switch (state) {
                case GROUND -> i = ground(b, i, end);
                case CSI -> i = csiBytes(b, i, end);
                case OSC -> i = oscBytes(b, i, end);
                case STRING -> i = stringBytes(b, i, end);
                default -> i = escapeByte(b[i] & 0xFF, i);
            }
        }
    }

    private int ground(byte[] b, int i, int end) {
        final Screen s = screen;
        while (i < end) {
            int c = b[i];
            if (c >= 0x20 && c < 0x7F) {
                if (utf8.pending()) {
                    utf8.reset();
                    s.print(Utf8Decoder.REPLACEMENT);
                }
                int j = i + 1;
                while (j < end) {
                    int d = b[j];
                    if (d < 0x20 || d == 0x7F) {
                        break;
                    }
                    j++;
                }
                s.printAscii(b, i, j);
                i = j;
            } else if (c < 0) {
                int r = utf8.accept(c & 0xFF);
                if (r >= 0) {
                    s.print(r);
                } else if (r == Utf8Decoder.REPLAY) {
                    s.print(Utf8Decoder.REPLACEMENT);
                    continue;
                }
                i++;
            } else {
                if (utf8.pending()) {
                    utf8.reset();
                    s.print(Utf8Decoder.REPLACEMENT);
                }
                i++;
                if (c == 0x1B) {
                    state = ESCAPE;
                    return i;
                }
                if (c != 0x7F) {
                    controls.execute(c);
                }
            }
        }
        return i;
    }

    private int escapeByte(int c, int i) {
        switch (state) {
            case ESCAPE -> escape(c);
            case ESCAPE_INTERMEDIATE -> {
                if (c >= 0x30 && c <= 0x7E) {
                    state = GROUND;
                    controls.escape(intermediate, c);
                } else if (c < 0x20 || c >= 0x7F) {
                    anywhere(c);
                }
            }
            case OSC_ESCAPE -> {
                finishOsc(false);
                if (c == '\\') {
                    state = GROUND;
                } else {
                    state = ESCAPE;
                    return i;
                }
            }
            default -> { // STRING_ESCAPE
                if (c == '\\') {
                    state = GROUND;
                } else if (c != 0x1B) {
                    state = ESCAPE;
                    return i;
                }
            }
        }
        return i + 1;
    }

    private void escape(int c) {
        if (c == '[') {
            state = CSI;
            paramCount = 0;
            current = -1;
            colonMask = 0;
            marker = 0;
            intermediate = 0;
            ignoreCsi = false;
        } else if (c == ']') {
            state = OSC;
            oscLen = 0;
            oscOverflow = false;
        } else if (c == 'P' || c == 'X' || c == '^' || c == '_') {
            state = STRING;
        } else if (c >= 0x20 && c <= 0x2F) {
            intermediate = c;
            state = ESCAPE_INTERMEDIATE;
        } else if (c >= 0x30 && c <= 0x7E) {
            state = GROUND;
            controls.escape(0, c);
        } else {
            anywhere(c);
        }
    }

    /** Bytes that act the same in every escape state: ESC restarts, CAN/SUB cancel, C0 executes. */
    private void anywhere(int c) {
        if (c == 0x1B) {
            state = ESCAPE;
        } else if (c == 0x18 || c == 0x1A || c >= 0x7F) {
            state = GROUND;
        } else {
            controls.execute(c);
        }
    }

    private int csiBytes(byte[] b, int i, int end) {
        while (i < end) {
            int c = b[i++] & 0xFF;
            if (c >= '0' && c <= '9') {
                if (current < 0) {
                    current = 0;
                }
                if (current < 100_000) {
                    current = current * 10 + (c - '0');
                }
            } else if (c == ';' || c == ':') {
                pushParam();
                if (c == ':' && paramCount < 64) {
                    colonMask |= 1L << paramCount;
                }
            } else if (c >= 0x40 && c <= 0x7E) {
                if (current >= 0 || paramCount > 0) {
                    pushParam();
                }
                state = GROUND;
                if (!ignoreCsi) {
                    csi.dispatch(marker, intermediate, params, colonMask, Math.min(paramCount, MAX_PARAMS), c);
                }
                return i;
            } else if (c >= 0x3C && c <= 0x3F) {
                if (paramCount == 0 && current < 0 && marker == 0 && intermediate == 0) {
                    marker = c;
                } else {
                    ignoreCsi = true;
                }
            } else if (c >= 0x20 && c <= 0x2F) {
                intermediate = c;
            } else if (c < 0x20 && c != 0x1B && c != 0x18 && c != 0x1A) {
                controls.execute(c);
            } else if (c != 0x7F) {
                anywhere(c);
                return i;
            }
        }
        return i;
    }

    private void pushParam() {
        if (paramCount < MAX_PARAMS) {
            params[paramCount] = current;
        }
        paramCount++;
        current = -1;
    }

    private int oscBytes(byte[] b, int i, int end) {
        int start = i;
        while (i < end) {
            byte c = b[i];
            if (c == 0x07 || c == 0x1B || c == 0x18 || c == 0x1A) {
                appendOsc(b, start, i);
                state = c == 0x1B ? OSC_ESCAPE : GROUND;
                if (c == 0x07) {
                    finishOsc(true);
                }
                return i + 1;
            }
            i++;
        }
        appendOsc(b, start, end);
        return end;
    }

    private void appendOsc(byte[] b, int from, int to) {
        int n = to - from;
        if (oscOverflow || n == 0) {
            return;
        }
        if (oscLen + n > OSC_LIMIT) {
            oscOverflow = true;
            return;
        }
        if (oscLen + n > oscData.length) {
            oscData = Arrays.copyOf(oscData, Math.min(OSC_LIMIT, Math.max(oscLen + n, oscData.length * 2)));
        }
        System.arraycopy(b, from, oscData, oscLen, n);
        oscLen += n;
    }

    /** Dispatches the collected OSC string unless it overflowed the cap. */
    private void finishOsc(boolean belTerminated) {
        if (!oscOverflow) {
            osc.dispatch(oscData, oscLen, belTerminated);
        }
    }

    private int stringBytes(byte[] b, int i, int end) {
        while (i < end) {
            byte c = b[i++];
            if (c == 0x1B) {
                state = STRING_ESCAPE;
                return i;
            }
            if (c == 0x18 || c == 0x1A) {
                state = GROUND;
                return i;
            }
        }
        return i;
    }
}
