package dev.baton.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * {@code [daemon]}: the daemon's name, the repos it serves to the hub (empty: any repo the local user names),
 * the agent terminal size, when a quiet agent counts as waiting for input, and how many sessions may run.
 */
public record DaemonSettings(String name, List<Path> repos, int cols, int rows, Duration idleAfter,
                             int maxSessions, int scrollbackLines) {
    public DaemonSettings {
        repos = List.copyOf(repos);
    }
}
