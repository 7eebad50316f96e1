package dev.baton.daemon.cli;

import dev.baton.daemon.ipc.Wire;
import dev.baton.daemon.tui.DaemonPort;
import dev.baton.protocol.cli.CliReply;
import dev.baton.protocol.cli.CliRequest;
import dev.baton.protocol.cli.SessionSummary;
import dev.baton.protocol.cli.Target;
import dev.baton.protocol.id.SessionId;
import dev.baton.protocol.json.Json;
import dev.baton.protocol.json.RecordJson;
import dev.baton.protocol.session.Decision;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The TUI's {@link DaemonPort} on the daemon's control socket: one connection per request, two for streams. */
final class SocketDaemonPort implements DaemonPort {
    private final Path socket;
    private final Optional<String> user;

    SocketDaemonPort(Path socket, String user) {
        this.socket = socket;
        this.user = Optional.of(user);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Listing list() {
        return refusals(() -> {
            try (IpcClient c = IpcClient.connect(socket)) {
                Map<String, Object> json = c.openRaw(new CliRequest.Ls(false, Optional.empty()));
                CliReply.Listing typed = RecordJson.fromMap(json, CliReply.Listing.class);
                Map<SessionId, Map<String, Object>> usage = new HashMap<>();
                if (json.get("sessions") instanceof List<?> raw) {
                    for (int i = 0; i < raw.size() && i < typed.sessions().size(); i++) {
                        if (raw.get(i) instanceof Map<?, ?> m && m.get("usage") instanceof Map<?, ?> u) {
                            usage.put(typed.sessions().get(i).id(), (Map<String, Object>) u);
                        }
                    }
                }
                return new Listing(typed.sessions(), usage);
            }
        });
    }

    @Override
    public Stream feed() {
        IpcClient c = refusals(() -> {
            IpcClient client = IpcClient.connect(socket);
            client.open(new CliRequest.Feed());
            return client;
        });
        return new Stream() {
            @Override
            public Optional<Map<String, Object>> next() throws IOException {
                String line = c.readLine();
                if (line == null) {
                    return Optional.empty();
                }
                Map<String, Object> json = Json.parseObject(line);
                return json.containsKey("end") ? Optional.empty() : Optional.of(json);
            }

            @Override
            public void close() {
                c.close();
            }
        };
    }

    @Override
    public List<Map<String, Object>> events(String name) {
        return refusals(() -> {
            List<Map<String, Object>> out = new ArrayList<>();
            try (IpcClient c = IpcClient.connect(socket)) {
                c.open(new CliRequest.Events(Target.named(name), false, 0));
                String line;
                while ((line = c.readLine()) != null) {
                    Map<String, Object> json = Json.parseObject(line);
                    if (json.containsKey("end")) {
                        break;
                    }
                    out.add(json);
                }
            } catch (IOException e) {
                throw new CliException("lost the connection to the daemon: " + e.getMessage());
            }
            return out;
        });
    }

    @Override
    public String answer(String name, String promptId, String inputHash, Decision decision) {
        return call(new CliRequest.Answer(Target.named(name), promptId, inputHash, decision, user)).message();
    }

    @Override
    public void sendInput(String name, String text) {
        call(new CliRequest.SendInput(Target.named(name), text, user));
    }

    @Override
    public String screen(String name) {
        return call(new CliRequest.Screen(Target.named(name))).text();
    }

    @Override
    public String recap(String name) {
        return call(new CliRequest.Recap(Target.named(name), false)).text();
    }

    @Override
    public String kill(String name) {
        CliReply.Killed k = call(new CliRequest.Kill(Target.named(name), false, user));
        return k.state() + k.exitCode().map(c -> " (exit " + c + ")").orElse("");
    }

    @Override
    public Terminal attach(String name, int cols, int rows) {
        IpcClient c = refusals(() -> {
            IpcClient client = IpcClient.connect(socket);
            try {
                client.open(new CliRequest.Attach(Target.named(name), cols, rows, user));
            } catch (RuntimeException e) {
                client.close();
                throw e;
            }
            return client;
        });
        DataInputStream in = new DataInputStream(c.in);
        DataOutputStream out = new DataOutputStream(c.out);
        return new Terminal() {
            private volatile String end = "";

            @Override
            public Optional<byte[]> read() throws IOException {
                try {
                    while (true) {
                        Wire.Frame f = Wire.readFrame(in);
                        if (f.type() == Wire.OUTPUT) {
                            return Optional.of(f.payload());
                        }
                        if (f.type() == Wire.END) {
                            end = new String(f.payload(), StandardCharsets.UTF_8);
                            return Optional.empty();
                        }
                    }
                } catch (EOFException e) {
                    return Optional.empty();
                }
            }

            @Override
            public String endReason() {
                return end;
            }

            @Override
            public void write(byte[] keys) throws IOException {
                synchronized (out) {
                    Wire.writeFrame(out, Wire.INPUT, keys);
                }
            }

            @Override
            public void resize(int cols, int rows) throws IOException {
                synchronized (out) {
                    Wire.writeFrame(out, Wire.RESIZE, (cols + " " + rows).getBytes(StandardCharsets.US_ASCII));
                }
            }

            @Override
            public void close() {
                c.close();
            }
        };
    }

    private <R extends CliReply> R call(CliRequest<R> request) {
        return refusals(() -> IpcClient.call(socket, request));
    }

    /** A refusal or a lost daemon, as the TUI shows it. */
    private static <T> T refusals(Supplier<T> request) {
        try {
            return request.get();
        } catch (CliException | IpcClient.NotRunning e) {
            throw new Refused(e.getMessage());
        }
    }
}
