package dev.encore.store;

import org.sqlite.SQLiteConfig;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A private scratch database (one per open store, deleted on close) where a background merge sorts pending
 * listens without holding the store's write lock: SQLite's sort is two thirds of a merge's cost, so ingest keeps
 * committing while it runs, and only the ordered insert into {@code listens} happens under the lock (the writer
 * connection has this file attached as {@value #SCHEMA}). Holds no data of record: the inbox keeps every listen
 * until the insert that moves it commits, so a crash here loses nothing and stale files are deleted at open.
 */
final class MergeScratch implements AutoCloseable {
    static final String SCHEMA = "merge_scratch";
    static final String SORTED = SCHEMA + ".sorted";
    private static final String PREFIX = "merge-", SUFFIX = ".scratch";

    private final Path file;
    private final Connection sorter;
    private final PreparedStatement sort;

    private MergeScratch(Path file, Connection sorter, PreparedStatement sort) {
        this.file = file;
        this.sorter = sorter;
        this.sort = sort;
    }

    /** Creates the scratch file beside {@code database}, whose inbox it sorts; deletes files left by crashed runs. */
    static MergeScratch create(Path database) throws SQLException, IOException {
        deleteStale(database.toAbsolutePath().getParent());
        Path file = Files.createTempFile(database.toAbsolutePath().getParent(), PREFIX, SUFFIX);
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.OFF);   // disposable: a failed sort is simply redone
        config.setSynchronous(SQLiteConfig.SynchronousMode.OFF);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        Connection c = config.createConnection("jdbc:sqlite:" + file);
        try (Statement s = c.createStatement()) {
            s.execute("ATTACH DATABASE '" + database.toAbsolutePath().toString().replace("'", "''") + "' AS src");
            s.execute("CREATE TABLE main.sorted AS SELECT " + Rows.LISTEN_COLUMNS + " FROM src.listen_inbox WHERE 0");
        }
        PreparedStatement sort = c.prepareStatement("INSERT INTO main.sorted SELECT " + Rows.LISTEN_COLUMNS
                + " FROM src.listen_inbox WHERE rowid <= ? ORDER BY user_id, listened_at, item_kind, item_id, rowid");
        return new MergeScratch(file, c, sort);
    }

    Path file() {
        return file;
    }

    /**
     * Replaces the scratch contents with the inbox rows up to {@code maxRowid}, in merge order (user, time, kind,
     * item, arrival); their rowids here are that order. Runs on the caller's thread, outside any store lock.
     */
    void sortInboxUpTo(long maxRowid) throws SQLException {
        try (Statement s = sorter.createStatement()) {
            s.execute("DELETE FROM main.sorted");
        }
        sort.setLong(1, maxRowid);
        sort.executeUpdate();
    }

    /** Empties the scratch table, giving its pages back to the file's free list. */
    void clear() throws SQLException {
        try (Statement s = sorter.createStatement()) {
            s.execute("DELETE FROM main.sorted");
        }
    }

    @Override
    public void close() {
        try {
            sort.close();
            sorter.close();
        } catch (SQLException ignored) {
            // scratch only: nothing to lose
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // deleted at the next open instead
        }
    }

    private static void deleteStale(Path dir) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, PREFIX + "*" + SUFFIX)) {
            for (Path f : files) {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException ignored) {
                    // in use by another process on a system that locks open files: leave it
                }
            }
        } catch (IOException ignored) {
            // nothing to clean
        }
    }
}
