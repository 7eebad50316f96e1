package dev.baton.hub.store;

import dev.baton.protocol.id.SessionId;
import java.util.List;
import java.util.Optional;

/** {@link AccessStore} in the {@code visibility}, {@code shares} and {@code audit} tables on PostgreSQL. */
final class PostgresAccessStore implements AccessStore {
    private final PooledSql sql;

    PostgresAccessStore(PooledSql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<String> visibility(SessionId session) {
        return sql.strings("SELECT visibility FROM visibility WHERE session = ?", session.value()).stream().findFirst();
    }

    @Override
    public void putVisibility(SessionId session, String visibility) {
        sql.update("INSERT INTO visibility (session, visibility) VALUES (?, ?)"
                + " ON CONFLICT (session) DO UPDATE SET visibility = EXCLUDED.visibility", session.value(), visibility);
    }

    /** The session's named shares in the order they were last written (sqlite's REPLACE order). */
    @Override
    public List<String[]> shares(SessionId session) {
        return sql.rows("SELECT user_key, user_name, role FROM shares WHERE session = ? ORDER BY written",
                rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}, session.value());
    }

    @Override
    public void putShare(SessionId session, String userKey, String userName, String role) {
        sql.update("INSERT INTO shares (session, user_key, user_name, role) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT (session, user_key) DO UPDATE SET user_name = EXCLUDED.user_name, role = EXCLUDED.role,"
                + " written = nextval('hub_write_order')", session.value(), userKey, userName, role);
    }

    @Override
    public boolean removeShare(SessionId session, String userKey) {
        return !sql.strings("DELETE FROM shares WHERE session = ? AND user_key = ? RETURNING role", session.value(), userKey)
                .isEmpty();
    }

    @Override
    public void putAudit(AuditRow a) {
        sql.update("INSERT INTO audit (session, seq, at, actor, action, outcome, reason) VALUES (?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT DO NOTHING", a.session(), a.seq(), a.at(), a.actor(), a.action(), a.outcome(), a.reason());
    }

    @Override
    public List<AuditRow> audit(SessionId session) {
        return sql.rows("SELECT seq, at, actor, action, outcome, reason FROM audit WHERE session = ? ORDER BY seq",
                rs -> new AuditRow(session.value(), rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)), session.value());
    }
}
