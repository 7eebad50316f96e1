package dev.baton.daemon.cli;

import dev.baton.daemon.ipc.Wire;
import dev.baton.protocol.cli.CliRequest;
import dev.baton.protocol.cli.Target;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import sun.misc.Signal;

/**
 * {@code agent attach NAME}: puts the terminal in raw mode, mirrors the session's screen and forwards keys.
 * Ctrl-] detaches; the session keeps running. Window size changes are forwarded (SIGWINCH).
 */
final class AttachClient {
    private static final int DETACH_KEY = 0x1d; // Ctrl-]
    private final AgentCli.Context ctx;

    AttachClient(AgentCli.Context ctx) {
        this.ctx = ctx;
    }

    int attach(List<String> argv) {
        Args a = Args.parse(argv, Set.of(), Set.of());
        if (a.positionals().size() != 1) {
            throw new UsageException("usage: agent attach NAME");
        }
        String name = a.positionals().get(0);
        if (System.console() == null) {
            throw new CliException("attach needs an interactive terminal; use 'agent screen " + name
                    + "' or 'agent events " + name + " --follow' in scripts");
        }
        int[] size = size();
        IpcClient client = IpcClient.connect(ctx.root().socket());
        client.open(new CliRequest.Attach(Target.named(name), size[0], size[1], java.util.Optional.of(ctx.user())));
        String saved = stty("-g").strip();
        DataOutputStream out = new DataOutputStream(client.out);
        String ended = null;
        try {
            stty("raw", "-echo");
            ctx.out().print("\u001b[?1049h");
            ctx.out().flush();
            Signal.handle(new Signal("WINCH"), s -> sendSize(out));
            Thread input = Thread.ofPlatform().daemon(true).start(() -> forwardKeys(System.in, out, client));
            DataInputStream in = new DataInputStream(client.in);
            while (true) {
                Wire.Frame f = Wire.readFrame(in);
                if (f.type() == Wire.OUTPUT) {
                    ctx.out().write(f.payload());
                    ctx.out().flush();
                } else if (f.type() == Wire.END) {
                    ended = new String(f.payload(), StandardCharsets.UTF_8);
                    break;
                }
            }
            input.interrupt();
        } catch (EOFException e) {
            ended = "detached";
        } catch (IOException e) {
            ended = "detached";
        } finally {
            client.close();
            ctx.out().print("\u001b[?1049l\u001b[?25h");
            ctx.out().flush();
            stty(saved);
        }
        ctx.out().println("[" + name + ": " + (ended == null ? "detached" : ended) + "]");
        return 0;
    }

    private static void forwardKeys(InputStream in, DataOutputStream out, IpcClient client) {
        byte[] buf = new byte[4096];
        try {
            int n;
            while ((n = in.read(buf)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buf[i] == DETACH_KEY) {
                        if (i > 0) {
                            send(out, Wire.INPUT, java.util.Arrays.copyOf(buf, i));
                        }
                        client.close();
                        return;
                    }
                }
                send(out, Wire.INPUT, java.util.Arrays.copyOf(buf, n));
            }
        } catch (IOException e) {
            // connection closed
        }
        client.close();
    }

    private void sendSize(DataOutputStream out) {
        int[] size = size();
        try {
            send(out, Wire.RESIZE, (size[0] + " " + size[1]).getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            // the session ended; the main loop reports it
        }
    }

    private static void send(DataOutputStream out, byte type, byte[] payload) throws IOException {
        synchronized (out) {
            Wire.writeFrame(out, type, payload);
        }
    }

    /** {cols, rows} of the controlling terminal; {0, 0} when unknown. */
    private static int[] size() {
        String[] parts = stty("size").strip().split("\\s+");
        try {
            return new int[] {Integer.parseInt(parts[1]), Integer.parseInt(parts[0])};
        } catch (RuntimeException e) {
            return new int[] {0, 0};
        }
    }

    private static String stty(String... args) {
        List<String> cmd = new java.util.ArrayList<>();
        cmd.add("stty");
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/tty")))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            return out;
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
