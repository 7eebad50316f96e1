package dev.baton.hub;

import dev.baton.chat.ConnectionListener;
import dev.baton.chat.ConnectionStatus;
import dev.baton.chat.Platform;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether each configured chat platform (Slack, Discord) is reached, as its adapter last said. Logs one console line
 * per change (a retry with the same reason is not a change) and answers the platform part of {@code /agent daemons}.
 * Adapters call in from their own threads; thread-safe.
 */
final class ChatConnections implements ConnectionListener {
    private static final Logger log = LoggerFactory.getLogger(ChatConnections.class);
    private final Clock clock;
    private final Map<Platform, ConnectionStatus> last = new EnumMap<>(Platform.class);

    ChatConnections(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void changed(Platform platform, ConnectionStatus status) {
        ConnectionStatus before;
        synchronized (this) {
            before = last.put(platform, status);
        }
        if (before == null || !before.sameAs(status)) {
            String line = platform.wire() + ": " + status.describe(clock.instant());
            switch (status) {
                case ConnectionStatus.Connected c -> log.info(line);
                case ConnectionStatus.Connecting c -> log.warn(line);
                case ConnectionStatus.Refused r -> log.error(line);
            }
        }
    }

    /** How {@code platform} stands, e.g. {@code connected}; {@code not watched} for one the hub does not speak. */
    synchronized String describe(Platform platform) {
        ConnectionStatus s = last.get(platform);
        return s == null ? "not watched" : s.describe(clock.instant());
    }

    /** One line per watched platform, e.g. {@code slack: not connected (…), retrying in 8 s}; empty if none. */
    synchronized String describe() {
        StringBuilder out = new StringBuilder();
        last.forEach((p, s) -> out.append(p.wire()).append(": ").append(s.describe(clock.instant())).append('\n'));
        return out.toString();
    }
}
