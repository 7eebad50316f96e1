package dev.baton.hub.daemons;

import dev.baton.protocol.wire.Frame;

/** What the endpoint reports to the hub core; called from WebSocket threads, so implementations hand off. */
public interface DaemonListener {
    void connected(DaemonLink link);

    void frame(DaemonLink link, Frame frame);

    void disconnected(DaemonLink link);
}
