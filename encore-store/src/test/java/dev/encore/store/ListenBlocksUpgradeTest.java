package dev.encore.store;

import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static dev.encore.store.Fixtures.T0;
import static dev.encore.store.Fixtures.play;
import static org.assertj.core.api.Assertions.assertThat;

/** A database written before listens were stored as blocks (schema version 4) opens with every listen intact. */
class ListenBlocksUpgradeTest {
    @TempDir
    Path dir;

    @Test
    void storedAndPendingListensMoveIntoBlocksAndPendingDuplicatesAreDropped() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path file = data.resolve(EncoreStore.DATABASE_FILE);
        ListenEvent detailed = new ListenEvent("u1", ItemKind.EPISODE, "e1", T0.plusSeconds(5), 90_000, "show", "s1",
                "clickrow", "endplay", true, true, false, "ios", "import");
        List<ListenEvent> stored = List.of(play("u1", "t1", T0), detailed, play("u2", "t1", T0.plusSeconds(9)));
        List<ListenEvent> pending = List.of(play("u1", "t1", T0), play("u3", "t2", T0.minusSeconds(60)), play("u3", "t2", T0.minusSeconds(60)));
        oldDatabase(file, stored, pending);
        try (EncoreStore store = EncoreStore.open(data)) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.scripts().size());
            List<ListenEvent> all = new ArrayList<>();
            store.forEachListen(all::add);
            assertThat(all).containsExactly(stored.get(0), detailed, stored.get(2), pending.get(1));
            assertThat(store.history().count()).isEqualTo(4);
            assertThat(store.history().playCount(ItemKind.TRACK, "t1")).isEqualTo(2);
            assertThat(store.history().playCount(ItemKind.TRACK, "t2")).isEqualTo(1);
            // The watermark came from the old table, so a repeat of the latest stored listen is still a duplicate.
            assertThat(store.ingest(List.of(stored.get(2)), List.of()).newListens()).isEmpty();
            assertThat(RawSql.number(file, "SELECT count(*) FROM sqlite_master WHERE name IN ('listens', 'listen_inbox')")).isZero();
        }
    }

    @Test
    void aLargeUpgradeGivesTheOldTablesPagesBack() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path file = data.resolve(EncoreStore.DATABASE_FILE);
        List<ListenEvent> many = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) many.add(play("u" + i % 50, "t" + i % 300, T0.plusSeconds(i)));
        oldDatabase(file, many, List.of());
        try (EncoreStore store = EncoreStore.open(data)) {
            assertThat(store.history().count()).isEqualTo(20_000);
            assertThat(store.listens("u7", T0, T0.plusSeconds(20_000))).hasSize(400);
        }
        // Blocks take a fraction of the rows' pages; the rest went back to the file system, not to a free list.
        assertThat(RawSql.number(file, "PRAGMA freelist_count") * 4).isLessThanOrEqualTo(RawSql.number(file, "PRAGMA page_count"));
    }

    /** A database at schema version 4 (before the watermark and blocks) holding these listens and their totals. */
    private static void oldDatabase(Path file, List<ListenEvent> stored, List<ListenEvent> pending) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, script TEXT NOT NULL, applied_at INTEGER NOT NULL)");
            for (int v = 1; v <= 4; v++) {
                String name = Migrations.scripts().get(v - 1);
                for (String sql : SqlScript.statements(Migrations.script(name))) s.execute(sql);
                s.execute("INSERT INTO schema_version VALUES (" + v + ", '" + name + "', 0)");
            }
            c.setAutoCommit(false);
            insert(c, "listens", stored);
            insert(c, "listen_inbox", pending);
            s.execute("INSERT INTO item_plays SELECT item_kind, item_id, count(*), min(listened_at), max(listened_at) FROM listens GROUP BY 1, 2");
            c.commit();
        }
    }

    private static void insert(Connection c, String table, List<ListenEvent> listens) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (" + Rows.LISTEN_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (ListenEvent e : listens) {
                ps.setString(1, e.userId());
                ps.setLong(2, e.listenedAt().toEpochMilli());
                ps.setString(3, e.itemKind().wire());
                ps.setString(4, e.itemId());
                if (e.msPlayed() >= 0) ps.setLong(5, e.msPlayed()); else ps.setNull(5, java.sql.Types.INTEGER);
                ps.setString(6, e.contextType());
                ps.setString(7, e.contextId());
                ps.setString(8, e.reasonStart());
                ps.setString(9, e.reasonEnd());
                ps.setInt(10, e.skipped() ? 1 : 0);
                ps.setInt(11, e.shuffle() ? 1 : 0);
                ps.setInt(12, e.offline() ? 1 : 0);
                ps.setString(13, e.platform());
                ps.setString(14, e.source());
                ps.executeUpdate();
            }
        }
    }
}
