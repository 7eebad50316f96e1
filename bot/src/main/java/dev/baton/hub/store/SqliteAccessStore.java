package dev.baton.hub.store;

import dev.baton.protocol.id.SessionId;
import java.util.List;
import java.util.Optional;

/** {@link AccessStore} in the {@code visibility}, {@code shares} and {@code audit} tables of {@code hub.db}. */
final class SqliteAccessStore implements AccessStore {
    private final Sql sql;

    SqliteAccessStore(Sql sql) {
        this.sql = sql;
    }

    /** The session's visibility ({@code private}, {@code shared}, {@code channel}) if it was ever set. */
    @Override
    public Optional<String> visibility(SessionId session) {
        return sql.strings("SELECT visibility FROM visibility WHERE session = ?", session.value()).stream().findFirst();
    }

    @Override
    public void putVisibility(SessionId session, String visibility) {
        sql.update("INSERT OR REPLACE INTO visibility (session, visibility) VALUES (?, ?)", session.value(), visibility);
    }

    /** The session's named shares, as {@code [userKey, userName, role]}, in the order given. */
    @Override
    public List<String[]> shares(SessionId session) {
        return sql.rows("SELECT user_key, user_name, role FROM shares WHERE session = ? ORDER BY rowid",
                rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}, session.value());
    }

    @Override
    public void putShare(SessionId session, String userKey, String userName, String role) {
        sql.update("INSERT OR REPLACE INTO shares (session, user_key, user_name, role) VALUES (?, ?, ?, ?)",
                session.value(), userKey, userName, role);
    }

    /** Removes a share; returns whether there was one. */
    @Override
    public boolean removeShare(SessionId session, String userKey) {
        boolean had = !sql.strings("SELECT role FROM shares WHERE session = ? AND user_key = ?", session.value(), userKey).isEmpty();
        sql.update("DELETE FROM shares WHERE session = ? AND user_key = ?", session.value(), userKey);
        return had;
    }

    /** Records an audit entry once per (session, seq). */
    @Override
    public void putAudit(AuditRow a) {
        sql.update("INSERT OR IGNORE INTO audit (session, seq, at, actor, action, outcome, reason) VALUES (?, ?, ?, ?, ?, ?, ?)",
                a.session(), a.seq(), a.at(), a.actor(), a.action(), a.outcome(), a.reason());
    }

    /** A session's audit trail, oldest first. */
    @Override
    public List<AuditRow> audit(SessionId session) {
        return sql.rows("SELECT seq, at, actor, action, outcome, reason FROM audit WHERE session = ? ORDER BY seq",
                rs -> new AuditRow(session.value(), rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)), session.value());
    }
}
