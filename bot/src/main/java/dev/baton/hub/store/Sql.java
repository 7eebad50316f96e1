package dev.baton.hub.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code hub.db}'s one connection, shared by the stores over its tables. Every statement, and every transaction,
 * holds this object's lock, so a transaction never interleaves with another store's statement.
 */
final class Sql implements Statements, AutoCloseable {
    /** Maps the current row of a result. */
    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final Connection db;

    Sql(Connection db) {
        this.db = db;
    }

    @Override
    public synchronized void update(String sql, Object... args) {
        try (PreparedStatement ps = prepare(sql, args)) {
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("hub.db write failed: " + e.getMessage(), e);
        }
    }

    /** Runs {@code sql} once per row of {@code args}, as one batch in one transaction. */
    @Override
    public synchronized void batch(String sql, List<Object[]> args) {
        transaction(() -> {
            try (PreparedStatement ps = db.prepareStatement(sql)) {
                for (Object[] row : args) {
                    for (int i = 0; i < row.length; i++) {
                        ps.setObject(i + 1, row[i]);
                    }
                    ps.addBatch();
                }
                ps.executeBatch();
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        });
    }

    @Override
    public synchronized <T> List<T> rows(String sql, Row<T> row, Object... args) {
        try (PreparedStatement ps = prepare(sql, args); ResultSet rs = ps.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(row.map(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("hub.db read failed: " + e.getMessage(), e);
        }
    }

    /** The first column of each row, as text. */
    @Override
    public List<String> strings(String sql, Object... args) {
        return rows(sql, rs -> rs.getString(1), args);
    }

    /** Runs {@code work} in one transaction: all of its statements are written, or none. */
    @Override
    public synchronized <T> T transaction(java.util.function.Supplier<T> work) {
        try {
            db.setAutoCommit(false);
            T result = work.get();
            db.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                db.rollback();
            } catch (SQLException ignored) {
                // the original failure is what matters
            }
            throw new IllegalStateException("hub.db write failed: " + e.getMessage(), e);
        } finally {
            try {
                db.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the next write will report it
            }
        }
    }

    private PreparedStatement prepare(String sql, Object... args) throws SQLException {
        PreparedStatement ps = db.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
        return ps;
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException e) {
            // closing
        }
    }
}
