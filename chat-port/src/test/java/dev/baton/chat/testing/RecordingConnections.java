package dev.baton.chat.testing;

import dev.baton.chat.ConnectionListener;
import dev.baton.chat.ConnectionStatus;
import dev.baton.chat.Platform;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every connection status an adapter reports, in order. */
public final class RecordingConnections implements ConnectionListener {
    public final List<ConnectionStatus> seen = new CopyOnWriteArrayList<>();

    @Override
    public void changed(Platform platform, ConnectionStatus status) {
        seen.add(status);
    }

    /** The kinds seen, without repeats in a row: e.g. {@code [Connecting, Connected]}. */
    public List<String> kinds() {
        List<String> out = new java.util.ArrayList<>();
        for (ConnectionStatus s : seen) {
            String k = s.getClass().getSimpleName();
            if (out.isEmpty() || !out.getLast().equals(k)) {
                out.add(k);
            }
        }
        return out;
    }
}
