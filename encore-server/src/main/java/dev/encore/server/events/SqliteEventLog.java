package dev.encore.server.events;

import dev.encore.core.domain.Feedback;
import dev.encore.core.domain.ListenEvent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The server's own append-only event log in {@code <data>/encore.db} (tables {@code server_listens},
 * {@code server_feedback}), used until the shared store provides a durable event sink. WAL mode; each batch is one
 * transaction, committed before {@link #write} returns, so an acknowledged batch survives kill -9.
 * Duplicates are skipped by a unique key on (user, item, timestamp).
 */
public final class SqliteEventLog implements EventSink {
    private final Connection db;

    private SqliteEventLog(Connection db) {
        this.db = db;
    }

    public static SqliteEventLog open(Path dbFile) throws IOException {
        try {
            if (dbFile.getParent() != null) Files.createDirectories(dbFile.getParent());
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + dbFile);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=NORMAL");   // WAL + NORMAL: committed data survives a process crash
                s.execute("PRAGMA busy_timeout=5000");
                s.execute("CREATE TABLE IF NOT EXISTS server_listens (user_id TEXT NOT NULL, item_kind TEXT NOT NULL, item_id TEXT NOT NULL,"
                        + " listened_at_ms INTEGER NOT NULL, ms_played INTEGER NOT NULL, skipped INTEGER NOT NULL, context_type TEXT,"
                        + " context_id TEXT, platform TEXT, source TEXT, PRIMARY KEY (user_id, item_id, listened_at_ms)) WITHOUT ROWID");
                s.execute("CREATE TABLE IF NOT EXISTS server_feedback (user_id TEXT NOT NULL, item_kind TEXT NOT NULL, item_id TEXT NOT NULL,"
                        + " type TEXT NOT NULL, at_ms INTEGER NOT NULL, active INTEGER NOT NULL, PRIMARY KEY (user_id, item_id, type, at_ms)) WITHOUT ROWID");
            }
            c.setAutoCommit(false);
            return new SqliteEventLog(c);
        } catch (SQLException e) {
            throw new IOException("cannot open event log " + dbFile + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized Written write(List<ListenEvent> listens, List<Feedback> feedback) throws IOException {
        try (PreparedStatement pl = db.prepareStatement("INSERT OR IGNORE INTO server_listens VALUES (?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement pf = db.prepareStatement("INSERT OR IGNORE INTO server_feedback VALUES (?,?,?,?,?,?)")) {
            List<ListenEvent> fresh = new ArrayList<>();
            int dup = 0;
            for (ListenEvent e : listens) {
                pl.setString(1, e.userId());
                pl.setString(2, e.itemKind().wire());
                pl.setString(3, e.itemId());
                pl.setLong(4, e.listenedAt().toEpochMilli());
                pl.setLong(5, e.msPlayed());
                pl.setInt(6, e.skipped() ? 1 : 0);
                pl.setString(7, e.contextType());
                pl.setString(8, e.contextId());
                pl.setString(9, e.platform());
                pl.setString(10, e.source());
                // executeUpdate per row tells which rows were new; inside one transaction this is cheap in SQLite.
                if (pl.executeUpdate() == 1) fresh.add(e); else dup++;
            }
            List<Feedback> newFeedback = new ArrayList<>();
            for (Feedback f : feedback) {
                pf.setString(1, f.userId());
                pf.setString(2, f.itemKind().wire());
                pf.setString(3, f.itemId());
                pf.setString(4, f.type().name().toLowerCase(java.util.Locale.ROOT));
                pf.setLong(5, f.at().toEpochMilli());
                pf.setInt(6, f.active() ? 1 : 0);
                if (pf.executeUpdate() == 1) newFeedback.add(f); else dup++;
            }
            db.commit();
            return new Written(fresh, newFeedback, dup);
        } catch (SQLException e) {
            try {
                db.rollback();
            } catch (SQLException ignored) {
                // the original failure is what matters
            }
            throw new IOException("event batch was not stored (nothing written): " + e.getMessage(), e);
        }
    }

    /** Number of stored listens (for stats and tests). */
    public synchronized long listenCount() throws IOException {
        try (Statement s = db.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM server_listens")) {
            rs.next();
            long n = rs.getLong(1);
            db.commit();
            return n;
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            db.close();
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
