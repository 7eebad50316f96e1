package dev.baton.hub.daemons;

import dev.baton.protocol.wire.Frame;
import dev.baton.protocol.wire.WireMessage;
import java.util.List;

/**
 * One connected, authenticated daemon: what it said in its hello, and how to send it frames. The endpoint's
 * {@link WebSocketDaemonLink} is the real one; tests drive the hub with a recording link.
 */
public interface DaemonLink {
    String name();

    WireMessage.Hello hello();

    /** The agents it can spawn. */
    default List<String> agents() {
        return hello().agents().stream().map(WireMessage.AgentOffer::name).toList();
    }

    boolean isOpen();

    /** Sends a frame; a failure marks the link closed (the daemon reconnects and everything numbered is resent). */
    void send(Frame frame);

    /** Sends a frame already encoded (the outbox keeps frames as text). */
    void sendText(String text);
}
