package dev.encore.store;

import dev.encore.core.domain.ListenEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** Producers sharing one sink, a server-style ingest thread and a reader all at once: nothing lost, nothing doubled. */
class ConcurrencyTest extends StoreTestSupport {
    private static final Instant T = Instant.parse("2026-04-01T00:00:00Z");

    @Override
    StoreOptions options() {
        return StoreOptions.defaults().withBatchRows(500).withMergeThreshold(2_000);
    }

    private static ListenEvent listen(int n) {
        return ListenEvent.play("u" + (n % 50), "t" + (n % 300), T.plusSeconds(n), "test");
    }

    @Test
    void concurrentWritersAndReadersAgreeOnTheFinalState() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(5);
        AtomicBoolean writing = new AtomicBoolean(true);
        try (StoreSink shared = store.sink()) {
            List<Future<?>> writers = new ArrayList<>();
            for (int p = 0; p < 3; p++) {
                int producer = p;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 3_000; i++) shared.listen(listen(producer * 3_000 + i));
                }));
            }
            writers.add(pool.submit(() -> {
                // Overlaps the producers' range [0, 9000): every other listen it sends is a duplicate of theirs.
                for (int start = 8_000; start < 10_000; start += 100) {
                    List<ListenEvent> request = new ArrayList<>();
                    for (int i = start; i < start + 100; i++) request.add(listen(i));
                    store.ingest(request, List.of());
                }
            }));
            Future<Long> reader = pool.submit(() -> {
                long reads = 0;
                while (writing.get()) {
                    assertThat(store.stats().listens()).isBetween(0L, 10_000L);
                    store.listens("u7", T, T.plusSeconds(20_000));
                    reads++;
                }
                return reads;
            });
            for (Future<?> w : writers) w.get(60, TimeUnit.SECONDS);
            writing.set(false);
            assertThat(reader.get(60, TimeUnit.SECONDS)).isPositive();
        } finally {
            pool.shutdownNow();
        }
        Set<Long> distinct = new HashSet<>();
        store.forEachListen(e -> distinct.add(e.listenedAt().getEpochSecond()));
        assertThat(distinct).hasSize(10_000);
        assertThat(store.stats().listens()).isEqualTo(10_000);
        assertThat(RawSql.number(store.databaseFile(), "SELECT sum(plays) FROM item_plays")).isEqualTo(10_000);
    }
}
