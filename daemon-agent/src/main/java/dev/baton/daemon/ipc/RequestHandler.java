package dev.baton.daemon.ipc;

import dev.baton.daemon.git.GitException;
import dev.baton.protocol.json.Fields;
import dev.baton.protocol.json.Json;
import dev.baton.protocol.json.JsonException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one request from a connection and answers it. Every failure becomes {@code {"ok":false,"error":…}}
 * with a message fit for the user; this is the one place errors are mapped to text.
 */
public final class RequestHandler {
    private static final Logger log = LoggerFactory.getLogger(RequestHandler.class);
    private final SessionOps ops;
    private final StreamOps streams;
    private final DaemonControl daemon;
    private final HookOps hooks;

    public RequestHandler(SessionOps ops, StreamOps streams, HookOps hooks, DaemonControl daemon) {
        this.ops = ops;
        this.streams = streams;
        this.hooks = hooks;
        this.daemon = daemon;
    }

    void serve(SocketChannel channel) {
        try (channel; InputStream in = Channels.newInputStream(channel); OutputStream out = Channels.newOutputStream(channel)) {
            String line;
            try {
                line = Wire.readLine(in);
            } catch (Wire.LineTooLong e) {
                Wire.writeLine(out, error(e.getMessage()));
                return;
            }
            if (line == null) {
                return;
            }
            Fields request;
            try {
                request = Fields.of(Json.parseObject(line));
            } catch (JsonException e) {
                Wire.writeLine(out, error("bad request: " + e.getMessage()));
                return;
            }
            handle(request, in, out);
        } catch (IOException e) {
            log.debug("connection ended: {}", e.getMessage());
        }
    }

    private void handle(Fields request, InputStream in, OutputStream out) throws IOException {
        String op;
        try {
            op = request.string("op");
            switch (op) {
                case "attach" -> streams.attach(request, in, out);
                case "events" -> streams.events(request, out);
                case "hook" -> hooks.hook(request, in, out);
                case "stop" -> {
                    Wire.writeLine(out, Json.object("ok", true, "message", "daemon stopping"));
                    daemon.requestStop(!request.flag("keep_agents"));
                }
                default -> Wire.writeLine(out, simple(op, request));
            }
        } catch (OpException | JsonException | GitException | IllegalArgumentException | UncheckedIOException e) {
            Wire.writeLine(out, error(e.getMessage()));
        } catch (RuntimeException e) {
            log.error("request failed", e);
            Wire.writeLine(out, error("internal error: " + e + " (see the daemon log)"));
        }
    }

    private Map<String, Object> simple(String op, Fields r) {
        return switch (op) {
            case "info" -> daemon.info(r.flag("gc"));
            case "run" -> ops.run(r);
            case "ls" -> ops.ls(r);
            case "screen" -> ops.screen(r);
            case "send_input" -> ops.sendInput(r);
            case "send_keys" -> ops.sendKeys(r);
            case "diff" -> ops.diff(r);
            case "recap" -> ops.recap(r);
            case "kill" -> ops.kill(r);
            case "emit" -> ops.emit(r);
            case "detach" -> ops.detach(r);
            case "budget" -> ops.budget(r);
            default -> throw new OpException("unknown request '" + op + "' (is the CLI newer than the daemon? try: agent daemon restart)");
        };
    }

    static Map<String, Object> error(String message) {
        return Json.object("ok", false, "error", message);
    }
}
