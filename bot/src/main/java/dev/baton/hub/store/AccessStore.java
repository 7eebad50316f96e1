package dev.baton.hub.store;

import java.util.List;
import java.util.Optional;

/** The {@code visibility}, {@code shares} and {@code audit} tables of {@code hub.db}: who may see a session, and what was decided. */
public final class AccessStore {
    private final Sql sql;

    AccessStore(Sql sql) {
        this.sql = sql;
    }

    /** The session's visibility ({@code private}, {@code shared}, {@code channel}) if it was ever set. */
    public Optional<String> visibility(String session) {
        return sql.strings("SELECT visibility FROM visibility WHERE session = ?", session).stream().findFirst();
    }

    public void putVisibility(String session, String visibility) {
        sql.update("INSERT OR REPLACE INTO visibility (session, visibility) VALUES (?, ?)", session, visibility);
    }

    /** The session's named shares, as {@code [userKey, userName, role]}, in the order given. */
    public List<String[]> shares(String session) {
        return sql.rows("SELECT user_key, user_name, role FROM shares WHERE session = ? ORDER BY rowid",
                rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}, session);
    }

    public void putShare(String session, String userKey, String userName, String role) {
        sql.update("INSERT OR REPLACE INTO shares (session, user_key, user_name, role) VALUES (?, ?, ?, ?)",
                session, userKey, userName, role);
    }

    /** Removes a share; returns whether there was one. */
    public boolean removeShare(String session, String userKey) {
        boolean had = !sql.strings("SELECT role FROM shares WHERE session = ? AND user_key = ?", session, userKey).isEmpty();
        sql.update("DELETE FROM shares WHERE session = ? AND user_key = ?", session, userKey);
        return had;
    }

    /** Records an audit entry once per (session, seq). */
    public void putAudit(AuditRow a) {
        sql.update("INSERT OR IGNORE INTO audit (session, seq, at, actor, action, outcome, reason) VALUES (?, ?, ?, ?, ?, ?, ?)",
                a.session(), a.seq(), a.at(), a.actor(), a.action(), a.outcome(), a.reason());
    }

    /** A session's audit trail, oldest first. */
    public List<AuditRow> audit(String session) {
        return sql.rows("SELECT seq, at, actor, action, outcome, reason FROM audit WHERE session = ? ORDER BY seq",
                rs -> new AuditRow(session, rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)), session);
    }
}
