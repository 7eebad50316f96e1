package dev.baton.daemon.ipc;

import dev.baton.daemon.git.GitException;
import dev.baton.protocol.cli.CliJson;
import dev.baton.protocol.cli.CliReply;
import dev.baton.protocol.cli.CliRequest;
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
 * Reads one request from a connection and answers it, switching over {@link CliRequest} exhaustively. Every failure becomes {@code {"ok":false,"error":…}}
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
                reply(out, new CliReply.Failed(e.getMessage()));
                return;
            }
            if (line == null) {
                return;
            }
            Map<String, Object> request;
            try {
                request = Json.parseObject(line);
            } catch (JsonException e) {
                reply(out, new CliReply.Failed("bad request: " + e.getMessage()));
                return;
            }
            handle(request, in, out);
        } catch (IOException e) {
            log.debug("connection ended: {}", e.getMessage());
        }
    }

    private void handle(Map<String, Object> json, InputStream in, OutputStream out) throws IOException {
        try {
            switch (CliJson.readRequest(json)) {
                case CliRequest.Attach r -> streams.attach(r, in, out);
                case CliRequest.Events r -> streams.events(r.target(), r.follow(), r.after(), out);
                case CliRequest.StreamEvents r -> streams.events(r.target(), true, r.after(), out);
                case CliRequest.AppendSessionEvents r -> reply(out, ops.appendEvents(r));
                case CliRequest.Feed r -> streams.feed(r, out);
                case CliRequest.Answer r -> reply(out, ops.answer(r));
                case CliRequest.Hook r -> hooks.hook(r, in, out);
                case CliRequest.Stop r -> {
                    reply(out, new CliReply.Message("daemon stopping"));
                    daemon.requestStop(!r.keepAgents());
                }
                case CliRequest.Info r -> reply(out, daemon.info(r.gc()));
                case CliRequest.Run r -> reply(out, ops.run(r));
                case CliRequest.Ls r -> reply(out, ops.ls(r));
                case CliRequest.Screen r -> reply(out, ops.screen(r));
                case CliRequest.SendInput r -> reply(out, ops.sendInput(r));
                case CliRequest.SendKeys r -> reply(out, ops.sendKeys(r));
                case CliRequest.Diff r -> reply(out, ops.diff(r));
                case CliRequest.Recap r -> reply(out, ops.recap(r));
                case CliRequest.Kill r -> reply(out, ops.kill(r));
                case CliRequest.Emit r -> reply(out, ops.emit(r));
                case CliRequest.Detach r -> reply(out, ops.detach(r));
                case CliRequest.Budget r -> reply(out, ops.budget(r));
            }
        } catch (OpException | JsonException | GitException | IllegalArgumentException | UncheckedIOException e) {
            reply(out, new CliReply.Failed(e.getMessage()));
        } catch (RuntimeException e) {
            log.error("request failed", e);
            reply(out, new CliReply.Failed("internal error: " + e + " (see the daemon log)"));
        }
    }

    static void reply(OutputStream out, CliReply reply) throws IOException {
        Wire.writeLine(out, CliJson.toMap(reply));
    }
}
