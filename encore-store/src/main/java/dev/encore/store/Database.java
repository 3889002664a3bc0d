package dev.encore.store;

import org.sqlite.SQLiteConfig;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The SQLite file behind a store: one writer connection, used under a lock so transactions never interleave, and
 * reader connections borrowed from a small idle pool (WAL lets them read while the writer commits). Every
 * {@link SQLException} leaves here as a {@link StoreException} naming the operation.
 */
final class Database implements AutoCloseable {
    private static final int IDLE_READERS = 4;

    private final Path file;
    private final StoreOptions options;
    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final Map<String, PreparedStatement> writeStatements = new HashMap<>();
    private final ConcurrentLinkedDeque<Connection> idleReaders = new ConcurrentLinkedDeque<>();
    private final List<Runnable> afterCommit = new ArrayList<>();
    private int writeDepth;
    private volatile boolean closed;

    private final Checkpointer checkpointer;

    private Database(Path file, StoreOptions options, Connection writer, Checkpointer checkpointer) {
        this.file = file;
        this.options = options;
        this.writer = writer;
        this.checkpointer = checkpointer;
    }

    static Database open(Path file, StoreOptions options) {
        try {
            Connection writer = config(options, options.cacheMiB()).createConnection("jdbc:sqlite:" + file);
            try (Statement s = writer.createStatement()) {
                s.execute("PRAGMA wal_autocheckpoint = 0"); // the Checkpointer's thread does it, off the write lock
            }
            writer.setAutoCommit(false);
            Checkpointer checkpointer = new Checkpointer(config(options, 2).createConnection("jdbc:sqlite:" + file), file, 250);
            return new Database(file, options, writer, checkpointer);
        } catch (SQLException e) {
            throw new StoreException("open database", file, e);
        }
    }

    private static SQLiteConfig config(StoreOptions options, int cacheMiB) {
        SQLiteConfig c = new SQLiteConfig();
        c.setJournalMode(SQLiteConfig.JournalMode.WAL);
        c.setSynchronous(options.durability() == Durability.POWER_LOSS
                ? SQLiteConfig.SynchronousMode.FULL : SQLiteConfig.SynchronousMode.NORMAL);
        c.setBusyTimeout(options.busyTimeoutMs());
        c.setCacheSize(-1024 * cacheMiB);
        // After a large merge the WAL is checkpointed and cut back to this size instead of staying huge.
        c.setJournalSizeLimit(64 << 20);
        return c;
    }

    Path file() {
        return file;
    }

    StoreOptions options() {
        return options;
    }

    /**
     * Runs {@code work} in one write transaction and commits it; on any failure the whole transaction is rolled
     * back. Nested calls from the same thread join the outer transaction.
     */
    <T> T write(String operation, SqlWork<T> work) {
        writeLock.lock();
        try {
            ensureOpen(operation);
            if (writeDepth > 0) return joined(operation, work);
            writeDepth++;
            try {
                T result = work.run(writer);
                writer.commit();
                for (Runnable hook : afterCommit) hook.run();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(e);
                if (e instanceof StoreException s) throw s;
                if (e instanceof SQLException s) throw new StoreException(operation, file, s);
                throw (RuntimeException) e;
            } finally {
                afterCommit.clear();
                writeDepth--;
            }
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Runs {@code hook} after the current write transaction commits, still under the write lock (so no other
     * writer sees the state in between); dropped if it rolls back. Only valid inside {@link #write}.
     */
    void afterCommit(Runnable hook) {
        if (!writeLock.isHeldByCurrentThread()) throw new IllegalStateException("afterCommit() outside write()");
        afterCommit.add(hook);
    }

    private <T> T joined(String operation, SqlWork<T> work) {
        writeDepth++;
        try {
            return work.run(writer);
        } catch (SQLException e) {
            throw new StoreException(operation, file, e);
        } finally {
            writeDepth--;
        }
    }

    private void rollbackQuietly(Exception failure) {
        try {
            writer.rollback();
        } catch (SQLException r) {
            failure.addSuppressed(r);
        }
    }

    /** A prepared statement on the writer connection, prepared once; only valid inside {@link #write}. */
    PreparedStatement prepared(String sql) throws SQLException {
        if (!writeLock.isHeldByCurrentThread()) throw new IllegalStateException("prepared() outside write()");
        PreparedStatement ps = writeStatements.get(sql);
        if (ps == null) {
            ps = writer.prepareStatement(sql);
            writeStatements.put(sql, ps);
        }
        return ps;
    }

    /** Runs {@code work} on a reader connection (auto-commit, query-only), returned to the pool afterwards. */
    <T> T read(String operation, SqlWork<T> work) {
        ensureOpen(operation);
        Connection c = idleReaders.pollFirst();
        try {
            if (c == null) c = newReader();
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException(operation, file, e);
        } finally {
            if (c != null) release(c);
        }
    }

    private Connection newReader() throws SQLException {
        Connection c = config(options, 16).createConnection("jdbc:sqlite:" + file);
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA query_only = true");
        }
        return c;
    }

    private void release(Connection c) {
        if (!closed && idleReaders.size() < IDLE_READERS) {
            idleReaders.addFirst(c);
            return;
        }
        try {
            c.close();
        } catch (SQLException ignored) {
            // a reader holds no uncommitted state; failing to close it loses nothing
        }
    }

    private void ensureOpen(String operation) {
        if (closed) throw new StoreException(operation, file, "the store is closed; open it again with EncoreStore.open");
    }

    /**
     * Gives free pages back to the file system (VACUUM, outside any transaction) when more than a quarter of the file
     * is free, as after a migration that moved a large table; returns whether it did.
     */
    boolean vacuumIfSparse() {
        writeLock.lock();
        try {
            ensureOpen("reclaim free space");
            long free = Query.number(writer, "PRAGMA freelist_count"), pages = Query.number(writer, "PRAGMA page_count");
            writer.commit();
            if (free * 4 <= pages) return false;
            writer.setAutoCommit(true);
            try (Statement s = writer.createStatement()) {
                s.execute("VACUUM");
            } finally {
                writer.setAutoCommit(false);
            }
            return true;
        } catch (SQLException e) {
            throw new StoreException("reclaim free space (VACUUM)", file, e);
        } finally {
            writeLock.unlock();
        }
    }

    /** Closes every connection; SQLite checkpoints the WAL into the main file when the last one closes. */
    @Override
    public void close() {
        writeLock.lock();
        try {
            if (closed) return;
            closed = true;
            checkpointer.close();
            for (Connection c; (c = idleReaders.pollFirst()) != null; ) c.close();
            for (PreparedStatement ps : writeStatements.values()) ps.close();
            try (Statement s = writer.createStatement()) {
                s.execute("PRAGMA optimize");
            }
            writer.commit();
            writer.close();
        } catch (SQLException e) {
            throw new StoreException("close database", file, e);
        } finally {
            writeLock.unlock();
        }
    }
}
