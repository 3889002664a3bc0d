package dev.encore.store;

import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.encore.store.Fixtures.play;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Merges worked out from a snapshot off the write lock are stored only while still right: no other merge came
 * first and ingest checked every listen in them; otherwise the merge is redone in place. Either way every listen
 * is stored exactly once and item_plays counts it once.
 */
class BackgroundMergeTest extends StoreTestSupport {
    private static final Instant T = Instant.parse("2026-04-01T00:00:00Z");

    @Override
    StoreOptions options() {
        return StoreOptions.defaults().withMergeThreshold(500);
    }

    private static List<ListenEvent> listens(String user, int from, int n) {
        List<ListenEvent> out = new ArrayList<>();
        for (int i = from; i < from + n; i++) out.add(play(user, "t" + (i % 7), T.plusSeconds(i)));
        return out;
    }

    private List<ListenEvent> stored() {
        List<ListenEvent> all = new ArrayList<>();
        store.forEachListen(all::add);
        return all;
    }

    @Test
    void aMergeWorkedOutBeforeLaterCommitsStoresItsBatchesAndKeepsTheLaterOnesWaitingAndKnown() {
        ListenLog log = store.listenLog();
        store.ingest(listens("u1", 0, 50), List.of());
        ListenLog.Prepared p = log.workOut();
        List<ListenEvent> later = listens("u2", 0, 30);
        store.ingest(later, List.of());
        assertThat(log.storeIfCurrent(p)).isTrue();
        assertThat(log.pending()).isEqualTo(30);
        // The later batch is still waiting, and its keys are still known: a retry of it is all duplicates.
        assertThat(store.ingest(later, List.of()).newListens()).isEmpty();
        assertThat(log.pending()).isEqualTo(30);
        assertThat(stored()).hasSize(80).doesNotHaveDuplicates();
        assertThat(store.history().playCount(ItemKind.TRACK, "t0")).isEqualTo(8 + 5);
    }

    @Test
    void aMergeThatAnotherMergeOvertookIsRedoneInPlace() {
        ListenLog log = store.listenLog();
        store.ingest(listens("u1", 0, 50), List.of());
        ListenLog.Prepared p = log.workOut();
        store.settle();                                       // a merge in place comes first
        store.ingest(listens("u1", 50, 50), List.of());
        assertThat(log.storeIfCurrent(p)).isFalse();
        assertThat(log.pending()).isZero();
        assertThat(stored()).containsExactlyElementsOf(listens("u1", 0, 100));
        assertThat(store.history().count()).isEqualTo(100);
    }

    @Test
    void aMergeThatAnotherProcessOvertookIsRedoneInPlace() {
        ListenLog log = store.listenLog();
        store.ingest(listens("u1", 0, 50), List.of());
        ListenLog.Prepared p = log.workOut();
        // Another process merges the same batches: only the merge count in the database tells this one.
        try (EncoreStore other = EncoreStore.open(dir.resolve("data"), options())) {
            other.settle();
        }
        assertThat(log.storeIfCurrent(p)).isFalse();
        assertThat(stored()).containsExactlyElementsOf(listens("u1", 0, 50));
        assertThat(store.history().count()).isEqualTo(50);
    }

    @Test
    void aMergeOverUncheckedListensIsRedoneInPlaceAndDropsTheirDuplicates() {
        ListenLog log = store.listenLog();
        store.ingest(listens("u1", 0, 50), List.of());
        ListenLog.Prepared p = log.workOut();
        try (StoreSink sink = store.sink()) {                 // an import: not checked at ingest, half duplicates
            listens("u1", 25, 50).forEach(sink::listen);
        }
        assertThat(log.storeIfCurrent(p)).isFalse();
        assertThat(stored()).containsExactlyElementsOf(listens("u1", 0, 75));
        assertThat(store.history().count()).isEqualTo(75);
    }

    @Test
    void concurrentIngestWithBackgroundMergesStoresEveryListenOnce() throws Exception {
        Set<List<Object>> sent = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> runs = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            String user = "w" + w;
            runs.add(pool.submit(() -> {
                for (int b = 0; b < 60; b++) {
                    List<ListenEvent> batch = listens(user, b * 40 - (b % 3) * 20, 40); // overlaps earlier batches
                    batch.forEach(e -> sent.add(List.of(e.userId(), e.itemId(), e.listenedAt())));
                    store.ingest(batch, List.of());
                }
            }));
        }
        for (Future<?> f : runs) f.get();
        pool.shutdown();
        List<ListenEvent> all = stored();
        assertThat(all).doesNotHaveDuplicates().hasSize(sent.size());
        assertThat(all.stream().map(e -> List.<Object>of(e.userId(), e.itemId(), e.listenedAt())).toList())
                .containsExactlyInAnyOrderElementsOf(sent);
        assertThat(store.history().count()).isEqualTo(sent.size());
        assertThat(RawSql.number(store.databaseFile(), "SELECT merges FROM listen_watermark")).isGreaterThan(1);
    }
}
