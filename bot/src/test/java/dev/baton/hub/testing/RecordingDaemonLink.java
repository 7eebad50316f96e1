package dev.baton.hub.testing;

import dev.baton.hub.daemons.DaemonLink;
import dev.baton.protocol.wire.Frame;
import dev.baton.protocol.wire.WireJson;
import dev.baton.protocol.wire.WireMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * A daemon as the hub core sees it, without a socket: it said hello with these agents and repos, and records every
 * frame the hub sends it (decoded, so a test reads messages, not JSON). {@link #close()} makes it go offline.
 */
public final class RecordingDaemonLink implements DaemonLink {
    private final WireMessage.Hello hello;
    private final List<Frame> sent = new ArrayList<>();
    private volatile boolean open = true;

    public RecordingDaemonLink(String name, List<String> agents, List<String> repos) {
        this(name, agents, repos, 0);
    }

    /** {@code ack}: the last hub message number its hello says it has applied. */
    public RecordingDaemonLink(String name, List<String> agents, List<String> repos, long ack) {
        this.hello = new WireMessage.Hello(WireMessage.VERSION, "id-" + name, name, "host", repos,
                agents.stream().map(a -> new WireMessage.AgentOffer(a, a)).toList(), 4, "", ack);
    }

    /** Every message the hub sent, oldest first. */
    public synchronized List<WireMessage> messages() {
        return sent.stream().map(Frame::message).toList();
    }

    /** The messages of one type the hub sent, oldest first. */
    public <T extends WireMessage> List<T> messages(Class<T> type) {
        return messages().stream().filter(type::isInstance).map(type::cast).toList();
    }

    public void close() {
        open = false;
    }

    @Override
    public String name() {
        return hello.name();
    }

    @Override
    public WireMessage.Hello hello() {
        return hello;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void send(Frame frame) {
        sendText(WireJson.write(frame));
    }

    @Override
    public synchronized void sendText(String text) {
        if (open) {
            sent.add(WireJson.read(text)); // through the codec, as the real daemon would read it
        }
    }
}
