package dev.encore.store;

import dev.encore.core.domain.ListenEvent;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The data half of migration V006: moves the rows of {@code listens} (clustered by user, then time) into
 * {@code listen_blocks} and the rows of {@code listen_inbox} into {@code listen_batches} (they are merged, with
 * duplicates dropped, like any pending batch), then drops both tables. Runs in the migration's transaction.
 */
final class ListenBlocksUpgrade {
    private static final int BATCH = 10_000;

    private ListenBlocksUpgrade() {}

    static void run(Connection c) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(ListenBlocks.INSERT)) {
            List<ListenEvent> user = new ArrayList<>();
            Query.rows(c, "SELECT " + Rows.LISTEN_COLUMNS + " FROM listens ORDER BY user_id, listened_at, item_kind, item_id", rs -> {
                ListenEvent e = Rows.listen(rs);
                if (!user.isEmpty() && !user.get(0).userId().equals(e.userId())) flush(insert, user);
                user.add(e);
            });
            flush(insert, user);
        }
        try (PreparedStatement batch = c.prepareStatement("INSERT INTO listen_batches (listens, data) VALUES (?, ?)")) {
            List<ListenEvent> pending = new ArrayList<>();
            Query.rows(c, "SELECT " + Rows.LISTEN_COLUMNS + " FROM listen_inbox ORDER BY rowid", rs -> {
                pending.add(Rows.listen(rs));
                if (pending.size() == BATCH) append(batch, pending);
            });
            if (!pending.isEmpty()) append(batch, pending);
        }
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE listens");
            s.execute("DROP TABLE listen_inbox");
        }
    }

    private static void flush(PreparedStatement insert, List<ListenEvent> listens) throws SQLException {
        if (listens.isEmpty()) return;
        ListenBlocks.insert(insert, listens.get(0).userId(), ListenBlocks.encode(listens));
        insert.executeBatch();
        listens.clear();
    }

    private static void append(PreparedStatement batch, List<ListenEvent> listens) throws SQLException {
        batch.setInt(1, listens.size());
        batch.setBytes(2, ListenCodec.encodeWithUsers(listens));
        batch.executeUpdate();
        listens.clear();
    }
}
