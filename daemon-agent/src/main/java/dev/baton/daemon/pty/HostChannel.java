package dev.baton.daemon.pty;

import dev.baton.daemon.pty.wire.HostCodec;
import dev.baton.daemon.pty.wire.HostReply;
import dev.baton.daemon.pty.wire.HostRequest;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;

/** One connection to the PTY host: requests go out (serialized), replies are read by one thread. */
final class HostChannel implements AutoCloseable {
    private final SocketChannel channel;
    private final DataInputStream in;
    private final DataOutputStream out;

    private HostChannel(SocketChannel channel) {
        this.channel = channel;
        this.in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel), 256 * 1024));
        this.out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel), 16 * 1024));
    }

    /** Connects and says which protocol it speaks; throws when no host listens. */
    static HostChannel open(Path socket) throws IOException {
        return open(socket, HostCodec.VERSION);
    }

    /** As {@link #open(Path)}, speaking protocol {@code version} (a probe for another build). */
    static HostChannel open(Path socket, int version) throws IOException {
        SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            ch.connect(UnixDomainSocketAddress.of(socket));
            HostChannel c = new HostChannel(ch);
            synchronized (c) {
                HostCodec.writeMagic(c.out, version);
            }
            return c;
        } catch (IOException e) {
            ch.close();
            throw e;
        }
    }

    synchronized void send(HostRequest request) throws IOException {
        HostCodec.write(out, request);
        out.flush();
    }

    /** The next reply; throws {@link EOFException} when the host closed the connection. */
    HostReply receive() throws IOException {
        HostReply reply = HostCodec.readReply(in);
        if (reply == null) {
            throw new EOFException("the PTY host closed the connection");
        }
        return reply;
    }

    /** Sends {@code request} and returns its reply; for control connections only. */
    HostReply call(HostRequest request) throws IOException {
        send(request);
        return receive();
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
