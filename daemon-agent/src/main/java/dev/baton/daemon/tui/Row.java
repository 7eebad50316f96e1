package dev.baton.daemon.tui;

import dev.baton.protocol.cli.SessionSummary;
import dev.baton.protocol.id.SessionId;

/**
 * One session's row: its {@code agent ls} summary, its usage cells ({@code -} until the daemon reports usage), and
 * when it last did something (its latest event's time, else its start), which orders rows of the same rank.
 */
record Row(SessionSummary session, String tokens, String cost, String lastActivity) {
    SessionId id() {
        return session.id();
    }

    String name() {
        return session.name();
    }

    /** 0 when it needs a human ({@code action}), 1 for a {@code notice}, 2 for the rest. */
    int rank() {
        String a = session.attention();
        return a.startsWith("action") ? 0 : a.startsWith("notice") ? 1 : 2;
    }

    Row touched(String at) {
        return at.compareTo(lastActivity) > 0 ? new Row(session, tokens, cost, at) : this;
    }
}
