package dev.baton.daemon.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The single writer of {@code state.db}: drains a bounded queue and commits in batches of up to 500. */
final class SqliteWriter implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SqliteWriter.class);
    private static final int BATCH = 500;

    interface Write {
        void apply(Connection c) throws SQLException;
    }

    private record Job(Write write, CompletableFuture<Void> done) {}

    private static final Job STOP = new Job(c -> {}, null);
    private final BlockingQueue<Job> queue = new ArrayBlockingQueue<>(65_536);
    private final Connection connection;
    private final Thread thread;

    private SqliteWriter(Connection connection) {
        this.connection = connection;
        this.thread = Thread.ofPlatform().name("sqlite-writer").daemon(true).unstarted(this::run);
    }

    static SqliteWriter start(Connection connection) {
        SqliteWriter w = new SqliteWriter(connection);
        w.thread.start();
        return w;
    }

    void submit(Write write) {
        put(new Job(write, null));
    }

    void submitAndWait(Write write) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        put(new Job(write, done));
        try {
            done.get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new StoreException("write failed: " + e.getCause().getMessage(), e.getCause());
        } catch (Exception e) {
            throw new StoreException("write did not complete", e);
        }
    }

    private void put(Job job) {
        try {
            queue.put(job);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while queueing a write", e);
        }
    }

    private void run() {
        List<Job> batch = new ArrayList<>(BATCH);
        try {
            connection.setAutoCommit(false);
            while (true) {
                batch.add(queue.take());
                queue.drainTo(batch, BATCH - 1);
                boolean stop = false;
                for (Job job : batch) {
                    if (job == STOP) {
                        stop = true;
                        continue;
                    }
                    try {
                        job.write.apply(connection);
                    } catch (SQLException e) {
                        log.error("state.db write failed: {}", e.getMessage());
                        if (job.done != null) {
                            job.done.completeExceptionally(e);
                        }
                    }
                }
                connection.commit();
                for (Job job : batch) {
                    if (job.done != null) {
                        job.done.complete(null);
                    }
                }
                batch.clear();
                if (stop) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException e) {
            log.error("state.db commit failed: {}", e.getMessage());
        } finally {
            try {
                connection.close();
            } catch (SQLException e) {
                log.debug("closing state.db: {}", e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        if (thread.isAlive()) {
            put(STOP);
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
