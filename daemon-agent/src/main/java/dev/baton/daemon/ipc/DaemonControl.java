package dev.baton.daemon.ipc;

import java.util.Map;

/** What the socket may ask of the daemon itself. */
public interface DaemonControl {
    Map<String, Object> info();

    /** Stops the daemon soon, after the current response is written. */
    void requestStop();
}
