package dev.baton.hub.store;

import java.util.List;

/** The {@code usage_by_person} table: usage added up per session, person and day (a table of its own, issue 13). */
public interface UsageStore {
    /** Adds {@code delta}'s counts to its (session, person, day) row, creating it at zero first. */
    void add(UsageRow delta);

    /** A session's rows, by person then day. */
    List<UsageRow> ofSession(String session);

    /** Every row of {@code day} or later ({@code yyyy-MM-dd}; they sort as text), by session, person, day. */
    List<UsageRow> since(String day);
}
