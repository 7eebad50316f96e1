#!/usr/bin/env python3
"""Writes the two benchmark streams: plain log lines, and a TUI-style escape-heavy redraw stream."""
import sys

def lines(path, size):
    line = ("2026-11-21T10:42:00.123Z INFO  worker-7 processed batch 000000 in 12 ms: "
            "ok=512 retried=0 queue=42 payload=abcdefghijklmnopqrstuvwxyz0123456789").ljust(118)[:118] + "\r\n"
    block = "".join(line.replace("000000", "%06d" % i) for i in range(1000)).encode()
    write(path, block, size)

def tui(path, size):
    out = []
    for frame in range(20):
        out.append("\x1b[?2026h\x1b[H")
        for row in range(1, 41):
            out.append("\x1b[%d;1H" % row)
            for seg in range(12):
                out.append("\x1b[38;2;%d;%d;%dm" % ((row * 7 + seg) % 256, (frame * 13) % 256, seg * 20))
                out.append("\x1b[48;5;%dm" % ((row + seg) % 256))
                out.append(("│ ❯ item %02d " % seg) if seg % 3 == 0 else "text-%02d " % ((frame + seg) % 100))
            out.append("\x1b[0m\x1b[K")
        out.append("\x1b[41;1H\x1b[1m✻ Working… (esc to interrupt)\x1b[0m\x1b[?2026l")
    write(path, "".join(out).encode(), size)

def write(path, block, size):
    with open(path, "wb") as f:
        written = 0
        while written + len(block) <= size:
            f.write(block)
            written += len(block)
        f.write(block[: size - written] if block[: size - written].isascii() else b" " * (size - written))

if __name__ == "__main__":
    kind, path, size = sys.argv[1], sys.argv[2], int(sys.argv[3])
    {"lines": lines, "tui": tui}[kind](path, size)
