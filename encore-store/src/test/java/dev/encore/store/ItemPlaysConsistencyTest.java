package dev.encore.store;

import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * item_plays is kept incrementally by two merge paths and by ingest; whatever mix of duplicates, merges and
 * ingest calls happens, it must equal a GROUP BY over the stored listens.
 */
class ItemPlaysConsistencyTest extends StoreTestSupport {
    private static final Instant T = Instant.parse("2026-03-01T00:00:00Z");

    @Override
    StoreOptions options() {
        return StoreOptions.defaults().withBatchRows(50).withMergeThreshold(120);
    }

    private static ListenEvent random(SplittableRandom r) {
        ItemKind kind = r.nextInt(10) == 0 ? ItemKind.EPISODE : ItemKind.TRACK;
        return new ListenEvent("u" + r.nextInt(8), kind, "i" + r.nextInt(15), T.plusSeconds(r.nextInt(40)), -1,
                null, null, null, null, false, false, false, null, "test");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void itemPlaysEqualAGroupByOverListens(long seed) throws Exception {
        SplittableRandom r = new SplittableRandom(seed);
        try (StoreSink sink = store.sink()) {
            for (int round = 0; round < 6; round++) {
                for (int i = 0; i < 90; i++) sink.listen(random(r));      // many duplicates: 8 users x 15 items x 40 s
                if (round % 2 == 1) {
                    sink.flush();
                    List<ListenEvent> request = new ArrayList<>();
                    for (int i = 0; i < 20; i++) request.add(random(r));
                    store.ingest(request, List.of());
                }
            }
        }
        store.settle();
        assertThat(store.history().count()).isEqualTo(RawSql.number(store.databaseFile(), "SELECT count(*) FROM listens"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.databaseFile()); Statement s = c.createStatement();
             ResultSet diff = s.executeQuery("SELECT count(*) FROM ("
                     + "SELECT item_kind, item_id, count(*), min(listened_at), max(listened_at) FROM listens GROUP BY 1, 2 "
                     + "EXCEPT SELECT item_kind, item_id, plays, first_at, last_at FROM item_plays) "
                     + "UNION ALL SELECT count(*) FROM (SELECT item_kind, item_id, plays, first_at, last_at FROM item_plays "
                     + "EXCEPT SELECT item_kind, item_id, count(*), min(listened_at), max(listened_at) FROM listens GROUP BY 1, 2)")) {
            assertThat(diff.next()).isTrue();
            assertThat(diff.getLong(1)).as("rows of the true totals missing from item_plays").isZero();
            assertThat(diff.next()).isTrue();
            assertThat(diff.getLong(1)).as("rows of item_plays not in the true totals").isZero();
        }
    }
}
