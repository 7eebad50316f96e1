package dev.baton.daemon;

import dev.baton.config.BatonConfig;
import dev.baton.config.RuntimeRoot;
import dev.baton.daemon.git.RepoInspector;
import dev.baton.daemon.hub.HubFacts;
import dev.baton.daemon.hub.HubLink;
import dev.baton.daemon.session.Sessions;
import dev.baton.daemon.store.StateStore;
import dev.baton.protocol.wire.HeartbeatTiming;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * Decides whether and how this daemon dials a hub: {@code BATON_HUB_URL} / {@code BATON_HUB_TOKEN} (what
 * {@code baton up} passes its local daemon) override {@code [hub] url} / {@code token}.
 */
final class HubConnection {
    private HubConnection() {}

    /** The link's heartbeat: 15 s ({@code -Dbaton.hub.heartbeat_ms} shortens it for tests); dead after three silent intervals. */
    static HeartbeatTiming heartbeat() {
        Long ms = Long.getLong("baton.hub.heartbeat_ms");
        return ms == null ? HeartbeatTiming.defaults() : HeartbeatTiming.every(Duration.ofMillis(ms));
    }

    /** The hub to dial: {@code BATON_HUB_URL}, else {@code [hub] url}; empty when none. */
    static Optional<String> url(BatonConfig config, Map<String, String> env) {
        return Optional.ofNullable(env.get("BATON_HUB_URL")).filter(u -> !u.isBlank()).or(() -> config.hub().url());
    }

    /** This daemon's token: {@code BATON_HUB_TOKEN}, else {@code [hub] token} resolved; fails saying what to set. */
    static String token(BatonConfig config, Map<String, String> env) {
        try {
            return Optional.ofNullable(env.get("BATON_HUB_TOKEN")).filter(t -> !t.isBlank())
                    .or(() -> config.hub().token().map(ref -> ref.resolve(env)))
                    .orElseThrow(() -> new DaemonException("[hub] url is set but no token: add [hub] token = \"env:BATON_HUB_TOKEN\""
                            + " to " + config.source() + " (get one with: bin/baton token add " + config.daemon().name() + ")"));
        } catch (IllegalStateException e) {
            throw new DaemonException("[hub] token: " + e.getMessage());
        }
    }

    /** The link to start, or null when no hub is configured. */
    static HubLink open(RuntimeRoot root, BatonConfig config, Sessions sessions, RepoInspector git, StateStore store,
                        Map<String, String> env) {
        Optional<String> url = url(config, env);
        if (url.isEmpty()) {
            return null;
        }
        String token = token(config, env);
        config.hub().token().map(t -> t.permissionWarning()).filter(w -> !w.isEmpty())
                .ifPresent(w -> System.err.println("agentd: warning: " + w));
        String id = store.meta("daemon_id").orElseGet(() -> {
            byte[] b = new byte[6];
            new java.security.SecureRandom().nextBytes(b);
            String fresh = "d-" + HexFormat.of().formatHex(b);
            store.putMeta("daemon_id", fresh);
            return fresh;
        });
        HubFacts facts = new HubFacts(URI.create(url.get()), token, id, config.daemon().name(), Uid.hostName(),
                config.daemon().repos().stream().map(Path::toString).toList(), config.daemon().maxSessions());
        return new HubLink(facts, sessions, git, store, heartbeat(), Clock.systemUTC());
    }
}
