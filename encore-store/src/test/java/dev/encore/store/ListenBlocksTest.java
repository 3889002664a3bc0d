package dev.encore.store;

import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stored blocks against a plain model (a sorted set per user): many merges of in-order, out-of-order and
 * duplicate listens, through ingest and through a sink, must read back exactly as the model says, for whole scans,
 * time ranges and the latest listens; and blocks stay few, bounded and sorted.
 */
class ListenBlocksTest extends StoreTestSupport {
    private static final Instant T = Instant.parse("2026-02-01T00:00:00Z");
    private final Map<String, TreeSet<ListenEvent>> model = new TreeMap<>();

    @Override
    StoreOptions options() {
        return StoreOptions.defaults().withBatchRows(97).withMergeThreshold(700);
    }

    private ListenEvent listen(SplittableRandom r, String user, long second) {
        ListenEvent e = new ListenEvent(user, r.nextInt(8) == 0 ? ItemKind.EPISODE : ItemKind.TRACK, "i" + r.nextInt(40),
                T.plusSeconds(second), r.nextInt(5) == 0 ? -1 : r.nextInt(300_000), null, null, null, null,
                r.nextBoolean(), false, false, "web", "test");
        // The first arrival of a key wins: a later duplicate with other fields changes nothing.
        model.computeIfAbsent(user, u -> new TreeSet<>(ListenBlocks.ORDER)).add(e);
        return e;
    }

    @Test
    void storedListensReadBackExactlyAsTheModelSays() throws Exception {
        SplittableRandom r = new SplittableRandom(42);
        long clock = 0;
        for (int round = 0; round < 40; round++) {
            List<ListenEvent> live = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                String user = i % 2 == 0 ? "heavy" : "u" + r.nextInt(12);      // "heavy" outgrows full blocks
                live.add(listen(r, user, clock += r.nextInt(3)));               // mostly in order, some at the same second
            }
            store.ingest(live, List.of());
            if (round % 4 == 3) {
                try (StoreSink sink = store.sink()) {                              // an import: old, out of order, repeats
                    for (int i = 0; i < 400; i++) sink.listen(listen(r, "u" + r.nextInt(12), r.nextLong(clock + 1)));
                }
            }
            if (round % 10 == 9) check(r);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.databaseFile()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT user_id, count(*), sum(listens), max(listens) FROM listen_blocks GROUP BY user_id")) {
            while (rs.next()) {
                long listens = rs.getLong(3);
                assertThat(rs.getLong(3)).isEqualTo(model.get(rs.getString(1)).size());
                assertThat(rs.getLong(4)).isLessThanOrEqualTo(ListenBlocks.FULL);
                long bound = listens / ListenBlocks.FULL + 64 - Long.numberOfLeadingZeros(listens) + 1;
                assertThat(rs.getLong(2)).as("blocks of " + rs.getString(1)).isLessThanOrEqualTo(bound);
            }
        }
        assertThat(model.get("heavy").size()).isGreaterThan(ListenBlocks.FULL);
    }

    private void check(SplittableRandom r) {
        List<ListenEvent> all = new ArrayList<>();
        store.forEachListen(all::add);
        List<ListenEvent> expected = new ArrayList<>();
        model.values().forEach(expected::addAll);
        assertThat(all).containsExactlyElementsOf(expected);
        assertThat(store.history().count()).isEqualTo(expected.size());
        for (Map.Entry<String, TreeSet<ListenEvent>> user : model.entrySet()) {
            List<ListenEvent> mine = new ArrayList<>(user.getValue());
            Instant from = mine.get(r.nextInt(mine.size())).listenedAt();
            Instant to = from.plusSeconds(r.nextInt(200));
            assertThat(store.listens(user.getKey(), from, to)).as("range of " + user.getKey())
                    .containsExactlyElementsOf(mine.stream().filter(e -> !e.listenedAt().isBefore(from) && e.listenedAt().isBefore(to)).toList());
            int k = 1 + r.nextInt(mine.size() + 5);
            List<ListenEvent> newestFirst = new ArrayList<>(mine);
            newestFirst.sort(ListenBlocks.ORDER.reversed());
            assertThat(store.history().recent(user.getKey(), k)).as("latest " + k + " of " + user.getKey())
                    .containsExactlyElementsOf(newestFirst.subList(0, Math.min(k, newestFirst.size())));
        }
    }
}
