package dev.baton.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * {@code [daemon]}: the daemon's name, the repos it serves to the hub (empty: any repo the local user names),
 * the agent terminal size, when a quiet agent counts as waiting for input, how many sessions may run, and
 * whether agents live in the PTY host process ({@code pty_host}, so they outlive a daemon restart or crash), and
 * whether recaps get a prose summary written by the session's own agent CLI ({@code recap_prose}, off by default)
 * within {@code recap_prose_timeout_s}, and whether the daemon reads the agents' own transcripts for events, tokens,
 * cost and budgets ({@code activity}, on by default).
 */
public record DaemonSettings(String name, List<Path> repos, int cols, int rows, Duration idleAfter,
                             int maxSessions, int scrollbackLines, boolean ptyHost, boolean recapProse,
                             Duration recapProseTimeout, boolean activity) {
    public DaemonSettings {
        repos = List.copyOf(repos);
    }

    /** With the agents' transcripts read ({@code activity = true}). */
    public DaemonSettings(String name, List<Path> repos, int cols, int rows, Duration idleAfter, int maxSessions,
                          int scrollbackLines, boolean ptyHost, boolean recapProse, Duration recapProseTimeout) {
        this(name, repos, cols, rows, idleAfter, maxSessions, scrollbackLines, ptyHost, recapProse, recapProseTimeout, true);
    }
}
