package dev.baton.daemon.cli;

import dev.baton.daemon.ipc.LineInput;
import dev.baton.daemon.ipc.Wire;
import dev.baton.protocol.cli.CliJson;
import dev.baton.protocol.cli.CliReply;
import dev.baton.protocol.cli.CliRequest;
import dev.baton.protocol.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;

/** One request on the daemon's socket. {@link #call} for request/response; {@link #open} for streams. */
final class IpcClient implements AutoCloseable {
    private final SocketChannel channel;
    final LineInput in;
    final OutputStream out;

    private IpcClient(SocketChannel channel) {
        this.channel = channel;
        // a response line can be megabytes (a recap): read it a buffer at a time
        this.in = new LineInput(Channels.newInputStream(channel), 64 * 1024, LineInput.MAX_RESPONSE);
        this.out = Channels.newOutputStream(channel);
    }

    /** Connects, or throws {@link NotRunning} if no daemon listens on {@code socket}. */
    static IpcClient connect(Path socket) {
        try {
            SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX);
            try {
                ch.connect(UnixDomainSocketAddress.of(socket));
            } catch (IOException e) {
                ch.close();
                throw new NotRunning(socket);
            }
            return new IpcClient(ch);
        } catch (IOException e) {
            throw new NotRunning(socket);
        }
    }

    static <R extends CliReply> R call(Path socket, CliRequest<R> request) {
        try (IpcClient c = connect(socket)) {
            return c.open(request);
        }
    }

    /** Sends the request and returns its reply; throws {@link CliException} when the daemon refuses it. */
    <R extends CliReply> R open(CliRequest<R> request) {
        try {
            Wire.writeLine(out, CliJson.write(request));
            String line = in.readLine();
            if (line == null) {
                throw new CliException("the daemon closed the connection without answering (see its log)");
            }
            Class<R> type = CliJson.replyType(request);
            CliReply reply = CliJson.readReply(Json.parseObject(line), type);
            if (reply instanceof CliReply.Failed failed) {
                throw new CliException(failed.error());
            }
            return type.cast(reply);
        } catch (IOException e) {
            throw new CliException("lost the connection to the daemon: " + e.getMessage());
        }
    }

    /** Sends the request and returns its reply as JSON, to read fields a typed reply may not know yet. */
    java.util.Map<String, Object> openRaw(CliRequest<?> request) {
        try {
            Wire.writeLine(out, CliJson.write(request));
            String line = in.readLine();
            if (line == null) {
                throw new CliException("the daemon closed the connection without answering (see its log)");
            }
            java.util.Map<String, Object> json = Json.parseObject(line);
            if (CliJson.readReply(json, CliJson.replyType(request)) instanceof CliReply.Failed failed) {
                throw new CliException(failed.error());
            }
            return json;
        } catch (IOException e) {
            throw new CliException("lost the connection to the daemon: " + e.getMessage());
        }
    }

    String readLine() throws IOException {
        return in.readLine();
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing to do
        }
    }

    /** No daemon listens on the socket. */
    static final class NotRunning extends RuntimeException {
        NotRunning(Path socket) {
            super("the daemon is not running (no answer on " + socket + "); start it with: agent daemon start -d");
        }
    }
}
