package dev.baton.hub.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link MirrorStore} in the {@code mirrors} and {@code mirror_cards} tables on PostgreSQL. */
final class PostgresMirrorStore implements MirrorStore {
    private final PooledSql sql;

    PostgresMirrorStore(PooledSql sql) {
        this.sql = sql;
    }

    @Override
    public void put(MirrorRow m) {
        sql.update("INSERT INTO mirrors (session, thread, card, added_by, added_at) VALUES (?,?,?,?,?)"
                + " ON CONFLICT (session, thread) DO UPDATE SET card = EXCLUDED.card, added_by = EXCLUDED.added_by,"
                + " added_at = EXCLUDED.added_at", m.session(), m.thread(), m.card(), m.addedBy(), m.addedAt());
    }

    @Override
    public void remove(String session, String thread) {
        sql.update("DELETE FROM mirrors WHERE session = ? AND thread = ?", session, thread);
    }

    @Override
    public List<MirrorRow> all() {
        return sql.rows("SELECT session, thread, card, added_by, added_at FROM mirrors ORDER BY added_at",
                rs -> new MirrorRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5)));
    }

    @Override
    public void putCard(String prompt, String thread, String card) {
        sql.update("INSERT INTO mirror_cards (prompt, thread, card) VALUES (?,?,?)"
                + " ON CONFLICT (prompt, thread) DO UPDATE SET card = EXCLUDED.card", prompt, thread, card);
    }

    @Override
    public Map<String, String> cards(String prompt) {
        Map<String, String> out = new LinkedHashMap<>();
        sql.rows("SELECT thread, card FROM mirror_cards WHERE prompt = ?", rs -> Map.entry(rs.getString(1), rs.getString(2)),
                prompt).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
