package dev.encore.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Copies the WAL into the database file from its own thread and connection (a PASSIVE checkpoint every
 * {@code periodMillis}), so the writer, whose automatic checkpoints are off, never stalls a commit to do it: a
 * large merge's commit would otherwise copy tens of megabytes and fsync while ingest waits for the write lock.
 */
final class Checkpointer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Checkpointer.class);

    private final Connection connection;
    private final Thread thread;
    private final long periodMillis;
    private volatile boolean running = true;

    Checkpointer(Connection connection, Path file, long periodMillis) {
        this.connection = connection;
        this.periodMillis = periodMillis;
        this.thread = new Thread(this::run, "encore-checkpoint " + file.getFileName());
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        while (running) {
            try {
                Thread.sleep(periodMillis);
                try (Statement s = connection.createStatement()) {
                    s.execute("PRAGMA wal_checkpoint(PASSIVE)");
                }
            } catch (InterruptedException e) {
                return;
            } catch (SQLException e) {
                // Not fatal: the WAL keeps every commit, and the writer checkpoints when it closes.
                if (running) log.warn("WAL checkpoint failed, will retry: {}", e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(10_000);
            connection.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException e) {
            log.warn("closing the checkpoint connection failed: {}", e.getMessage());
        }
    }
}
