#!/usr/bin/env python3
"""Time to first frame: runs a command in a fresh 80x24 PTY and prints the milliseconds until its output contains
MARK (the frame's title), then until it exits. Usage: first_frame.py MARK COMMAND [ARG...]"""
import fcntl, os, pty, select, struct, sys, termios, time

mark, cmd = sys.argv[1].encode(), sys.argv[2:]
t0 = time.monotonic()
pid, fd = pty.fork()
if pid == 0:
    fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    os.execvp(cmd[0], cmd)
buf, first = b"", None
while True:
    ready, _, _ = select.select([fd], [], [], 20)
    if not ready:
        break
    try:
        data = os.read(fd, 65536)
    except OSError:
        break
    if not data:
        break
    buf += data
    if first is None and mark in buf:
        first = time.monotonic() - t0
os.waitpid(pid, 0)
done = time.monotonic() - t0
print(f"{round(first * 1000) if first is not None else -1} {round(done * 1000)}")
