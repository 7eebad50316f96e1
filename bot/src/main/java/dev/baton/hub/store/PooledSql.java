package dev.baton.hub.store;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The PostgreSQL stores' statements over a HikariCP pool: each statement borrows a connection, and a
 * {@link #transaction} keeps one for all of its statements (the calling thread's), so they are written together or
 * not at all.
 */
final class PooledSql implements Statements, AutoCloseable {
    private final HikariDataSource pool;
    private final ThreadLocal<Connection> inTransaction = new ThreadLocal<>();

    PooledSql(HikariDataSource pool) {
        this.pool = pool;
    }

    @Override
    public void update(String sql, Object... args) {
        with(c -> {
            try (PreparedStatement ps = prepare(c, sql, args)) {
                return ps.executeUpdate();
            }
        }, "write");
    }

    /** Runs {@code sql} once per row of {@code args}, as one batch in one transaction. */
    @Override
    public void batch(String sql, List<Object[]> args) {
        transaction(() -> with(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (Object[] row : args) {
                    for (int i = 0; i < row.length; i++) {
                        ps.setObject(i + 1, row[i] instanceof String text ? storable(text) : row[i]);
                    }
                    ps.addBatch();
                }
                return ps.executeBatch();
            }
        }, "write"));
    }

    @Override
    public <T> List<T> rows(String sql, Sql.Row<T> row, Object... args) {
        return with(c -> {
            try (PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(row.map(rs));
                }
                return out;
            }
        }, "read");
    }

    /** The first column of each row, as text. */
    @Override
    public List<String> strings(String sql, Object... args) {
        return rows(sql, rs -> rs.getString(1), args);
    }

    /** Runs {@code work} in one transaction on one connection: all of its statements are written, or none. */
    @Override
    public <T> T transaction(java.util.function.Supplier<T> work) {
        if (inTransaction.get() != null) {
            return work.get();
        }
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            inTransaction.set(c);
            try {
                T result = work.get();
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                inTransaction.remove();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("hub store write failed: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T on(Connection c) throws SQLException;
    }

    private <T> T with(Work<T> work, String what) {
        Connection held = inTransaction.get();
        try {
            if (held != null) {
                return work.on(held);
            }
            try (Connection c = pool.getConnection()) {
                return work.on(c);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("hub store " + what + " failed: " + e.getMessage(), e);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i] instanceof String text ? storable(text) : args[i]);
        }
        return ps;
    }

    /** PostgreSQL's text cannot hold U+0000 (sqlite's can): it is kept as U+FFFD, so the write never fails. */
    static String storable(String text) {
        return text.indexOf('\0') < 0 ? text : text.replace('\0', '\uFFFD');
    }

    @Override
    public void close() {
        pool.close();
    }
}
