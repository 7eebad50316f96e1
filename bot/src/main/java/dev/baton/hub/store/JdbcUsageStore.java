package dev.baton.hub.store;

import java.util.List;

/** {@link UsageStore} in the {@code usage_by_person} table, on sqlite or PostgreSQL (the same SQL on both). */
final class JdbcUsageStore implements UsageStore {
    private static final String COLUMNS = "session, person, day, channel, input_tokens, output_tokens,"
            + " cache_read_tokens, cache_write_tokens, cost_usd, unpriced";
    private final Statements sql;

    JdbcUsageStore(Statements sql) {
        this.sql = sql;
    }

    @Override
    public void add(UsageRow d) {
        sql.update("INSERT INTO usage_by_person (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?)"
                + " ON CONFLICT (session, person, day) DO UPDATE SET"
                + " input_tokens = usage_by_person.input_tokens + EXCLUDED.input_tokens,"
                + " output_tokens = usage_by_person.output_tokens + EXCLUDED.output_tokens,"
                + " cache_read_tokens = usage_by_person.cache_read_tokens + EXCLUDED.cache_read_tokens,"
                + " cache_write_tokens = usage_by_person.cache_write_tokens + EXCLUDED.cache_write_tokens,"
                + " cost_usd = usage_by_person.cost_usd + EXCLUDED.cost_usd,"
                + " unpriced = usage_by_person.unpriced + EXCLUDED.unpriced",
                d.session(), d.person(), d.day(), d.channel(), d.inputTokens(), d.outputTokens(), d.cacheReadTokens(),
                d.cacheWriteTokens(), d.costUsd(), d.unpriced());
    }

    @Override
    public List<UsageRow> ofSession(String session) {
        return sql.rows("SELECT " + COLUMNS + " FROM usage_by_person WHERE session = ? ORDER BY person, day",
                JdbcUsageStore::row, session);
    }

    @Override
    public List<UsageRow> since(String day) {
        return sql.rows("SELECT " + COLUMNS + " FROM usage_by_person WHERE day >= ? ORDER BY session, person, day",
                JdbcUsageStore::row, day);
    }

    private static UsageRow row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new UsageRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getDouble(9), rs.getLong(10));
    }
}
