package dev.baton.hub.store;

import java.util.List;
import java.util.function.Supplier;

/**
 * What the stores run their SQL through: {@link Sql} (sqlite's one connection) or {@link PooledSql} (PostgreSQL
 * over a pool). A store whose SQL both dialects accept is written once against this.
 */
interface Statements {
    void update(String sql, Object... args);

    void batch(String sql, List<Object[]> args);

    <T> List<T> rows(String sql, Sql.Row<T> row, Object... args);

    List<String> strings(String sql, Object... args);

    <T> T transaction(Supplier<T> work);
}
