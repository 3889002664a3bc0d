package dev.encore.store;

import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * item_plays is kept incrementally by the merge, whether ingest already checked the waiting listens or the merge
 * checks them itself; whatever mix of duplicates, merges and ingest calls happens, the stored listens must be exactly
 * the distinct ones submitted, and item_plays must equal a GROUP BY over them.
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

    private static List<Object> key(ListenEvent e) {
        return List.of(e.userId(), e.itemKind(), e.itemId(), e.listenedAt());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void itemPlaysEqualAGroupByOverListens(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Set<List<Object>> submitted = new HashSet<>();
        try (StoreSink sink = store.sink()) {
            for (int round = 0; round < 6; round++) {
                for (int i = 0; i < 90; i++) {                          // many duplicates: 8 users x 15 items x 40 s
                    ListenEvent e = random(r);
                    sink.listen(e);
                    submitted.add(key(e));
                }
                if (round % 2 == 1) {
                    sink.flush();
                    List<ListenEvent> request = new ArrayList<>();
                    for (int i = 0; i < 20; i++) request.add(random(r));
                    request.forEach(e -> submitted.add(key(e)));
                    store.ingest(request, List.of());
                }
            }
        }
        List<List<Object>> stored = new ArrayList<>();
        store.forEachListen(e -> stored.add(key(e)));
        assertThat(stored).doesNotHaveDuplicates().hasSameSizeAs(submitted).containsExactlyInAnyOrderElementsOf(submitted);
        assertThat(store.history().count()).isEqualTo(submitted.size());

        Map<ItemKind, Map<String, ItemPlays>> truth = new EnumMap<>(ItemKind.class);
        for (List<Object> k : submitted) {
            ItemKind kind = (ItemKind) k.get(1);
            String item = (String) k.get(2);
            Instant at = (Instant) k.get(3);
            truth.computeIfAbsent(kind, x -> new TreeMap<>()).merge(item, new ItemPlays(kind, item, 1, at, at), (a, b) ->
                    new ItemPlays(kind, item, a.plays() + 1, min(a.firstPlayed(), b.firstPlayed()), max(a.lastPlayed(), b.lastPlayed())));
        }
        for (ItemKind kind : List.of(ItemKind.TRACK, ItemKind.EPISODE)) {
            List<ItemPlays> kept = new ArrayList<>();
            store.history().forEachItemPlays(kind, kept::add);
            assertThat(kept).as(kind + " plays").containsExactlyElementsOf(truth.getOrDefault(kind, Map.of()).values());
        }
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
