package dev.baton.bench;

import dev.baton.daemon.pty.AgentTerminal;
import dev.baton.daemon.pty.LaunchSpec;
import dev.baton.daemon.pty.TerminalLauncher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Baseline: the raw PTY round trip, writing a line to {@code cat} and reading its echo back. Usage: PtyEcho N */
public final class PtyEcho {
    private PtyEcho() {}

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        try (AgentTerminal t = TerminalLauncher.pty4j().launch(new LaunchSpec("echo", List.of("cat"), System.getenv(),
                Path.of("/tmp"), 120, 40))) {
            byte[] buf = new byte[4096];
            long[] micros = new long[n];
            for (int i = 0; i < n; i++) {
                String token = "ping" + i;
                long t0 = System.nanoTime();
                t.write((token + "\r").getBytes(StandardCharsets.US_ASCII));
                StringBuilder seen = new StringBuilder();
                while (seen.indexOf(token) < 0) {
                    int r = t.read(buf);
                    seen.append(new String(buf, 0, r, StandardCharsets.US_ASCII));
                }
                micros[i] = (System.nanoTime() - t0) / 1000;
            }
            System.out.println(Percentiles.of(micros).row("raw PTY write -> echo read (pty4j, cat)"));
            t.signalGroup(AgentTerminal.Signal.KILL);
        }
    }
}
