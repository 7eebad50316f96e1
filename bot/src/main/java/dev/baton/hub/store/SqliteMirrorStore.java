package dev.baton.hub.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link MirrorStore} in the {@code mirrors} and {@code mirror_cards} tables of {@code hub.db}. */
final class SqliteMirrorStore implements MirrorStore {
    private final Sql sql;

    SqliteMirrorStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void put(MirrorRow m) {
        sql.update("INSERT OR REPLACE INTO mirrors (session, thread, card, added_by, added_at) VALUES (?,?,?,?,?)",
                m.session(), m.thread(), m.card(), m.addedBy(), m.addedAt());
    }

    @Override
    public void remove(String session, String thread) {
        sql.update("DELETE FROM mirrors WHERE session = ? AND thread = ?", session, thread);
    }

    /** Every mirror, oldest first. */
    @Override
    public List<MirrorRow> all() {
        return sql.rows("SELECT session, thread, card, added_by, added_at FROM mirrors ORDER BY added_at",
                rs -> new MirrorRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5)));
    }

    /** A prompt's card in a mirror thread, so an answer from anywhere updates it there too. */
    @Override
    public void putCard(String prompt, String thread, String card) {
        sql.update("INSERT OR REPLACE INTO mirror_cards (prompt, thread, card) VALUES (?,?,?)", prompt, thread, card);
    }

    /** {@code thread} → card message id of a prompt's cards in mirror threads. */
    @Override
    public Map<String, String> cards(String prompt) {
        Map<String, String> out = new LinkedHashMap<>();
        sql.rows("SELECT thread, card FROM mirror_cards WHERE prompt = ?", rs -> Map.entry(rs.getString(1), rs.getString(2)),
                prompt).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
