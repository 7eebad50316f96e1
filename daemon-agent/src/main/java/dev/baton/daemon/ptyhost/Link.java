package dev.baton.daemon.ptyhost;

import dev.baton.daemon.pty.wire.HostCodec;
import dev.baton.daemon.pty.wire.HostReply;
import dev.baton.daemon.pty.wire.HostRequest;
import dev.baton.daemon.pty.wire.HostRequest.*;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One daemon connection. Its own virtual thread reads requests and applies them to the {@link AgentTable};
 * after a spawn or attach, a second virtual thread streams that agent's output back. Writes are serialized.
 */
final class Link implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Link.class);

    private final SocketChannel channel;
    private final AgentTable table;
    private final Runnable stopHost;
    private final DataOutputStream out;
    private HostedAgent streaming;

    Link(SocketChannel channel, AgentTable table, Runnable stopHost) {
        this.channel = channel;
        this.table = table;
        this.stopHost = stopHost;
        this.out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024));
    }

    void serve() {
        table.linkOpened();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel), 64 * 1024))) {
            if (!HostCodec.readMagic(in)) {
                log.warn("a client spoke another protocol version; closing it");
                return;
            }
            HostRequest request;
            while ((request = HostCodec.readRequest(in)) != null) {
                apply(request);
            }
        } catch (IOException e) {
            log.debug("connection ended: {}", e.getMessage());
        } finally {
            if (streaming != null) {
                streaming.detach(this);
            }
            close();
            table.linkClosed();
        }
    }

    private void apply(HostRequest request) throws IOException {
        switch (request) {
            case Spawn s -> {
                AgentTable.Spawned spawned = table.spawn(s);
                if (spawned.agent() == null) {
                    send(new HostReply.Refused(spawned.problem()));
                } else {
                    stream(spawned.agent());
                }
            }
            case Attach a -> {
                Optional<HostedAgent> agent = table.get(a.key());
                if (agent.isEmpty()) {
                    send(new HostReply.Refused("no agent " + a.key() + " in this PTY host"));
                } else {
                    stream(agent.get());
                }
            }
            case Input i -> table.get(i.key()).ifPresent(agent -> write(agent, i.bytes()));
            case Resize r -> table.get(r.key()).ifPresent(agent -> agent.terminal().resize(r.cols(), r.rows()));
            case Signal s -> table.signal(s.key(), s.signal());
            case ListAgents l -> send(new HostReply.Agents(table.list()));
            case Release r -> send(table.release(r.key()));
            case StopHost s -> {
                send(new HostReply.Done());
                stopHost.run();
            }
        }
    }

    private void stream(HostedAgent agent) throws IOException {
        if (streaming != null && streaming != agent) {
            streaming.detach(this);
        }
        streaming = agent;
        long lost = agent.attach(this);
        send(new HostReply.Attached(agent.key(), agent.pid(), lost));
        Thread.ofVirtual().name("send-" + agent.key()).start(() -> agent.stream(this));
    }

    private static void write(HostedAgent agent, byte[] bytes) {
        try {
            agent.terminal().write(bytes);
        } catch (IOException e) {
            log.debug("agent {}: input dropped: {}", agent.key(), e.getMessage());
        }
    }

    synchronized void send(HostReply reply) throws IOException {
        HostCodec.write(out, reply);
        out.flush();
    }

    synchronized void sendOutput(String key, byte[] buf, int len) throws IOException {
        HostCodec.writeOutput(out, key, buf, 0, len);
        out.flush();
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
