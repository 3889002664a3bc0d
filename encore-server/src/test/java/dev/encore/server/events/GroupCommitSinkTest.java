package dev.encore.server.events;

import dev.encore.core.domain.Artist;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.Track;
import dev.encore.store.EncoreStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GroupCommitSinkTest {
    @TempDir Path dir;

    private static ListenEvent listen(String user, String item, long second) {
        return new ListenEvent(user, ItemKind.TRACK, item, Instant.ofEpochSecond(1_700_000_000L + second), 200_000,
                null, null, null, null, false, false, false, null, "test");
    }

    @Test
    void concurrentSingleListenRequestsShareTransactionsAndEveryAcknowledgedListenIsStoredOnce() throws Exception {
        int threads = 16, perThread = 150;
        AtomicInteger acknowledgedNew = new AtomicInteger();
        try (EncoreStore store = EncoreStore.open(dir)) {
            GroupCommitSink sink = new GroupCommitSink(store, 20_000);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        // every listen twice: the repeat must be acknowledged as a duplicate, never stored
                        ListenEvent e = listen("u" + thread, "t" + (i % 40), i);
                        acknowledgedNew.addAndGet(sink.write(List.of(e), List.of()).newListens().size());
                        assertThat(sink.write(List.of(listen("u" + thread, "t" + (i % 40), i)), List.of()).duplicates()).isEqualTo(1);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) f.get();
            pool.shutdown();
            assertThat(acknowledgedNew.get()).isEqualTo(threads * perThread);
            assertThat(store.history().count()).isEqualTo(threads * perThread);
            assertThat(sink.transactions()).isLessThan(2L * threads * perThread);   // grouped: fewer commits than requests
            sink.close();
            assertThatThrownBy(() -> sink.write(List.of(listen("u1", "t1", 99_999)), List.of())).hasMessageContaining("closing");
        }
    }

    @Test
    void theSameListenInTwoRequestsOfOneGroupIsNewForExactlyOne() throws Exception {
        try (EncoreStore store = EncoreStore.open(dir)) {
            GroupCommitSink sink = new GroupCommitSink(store, 20_000);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int r = 0; r < 8; r++) answers.add(pool.submit(() -> sink.write(List.of(listen("u", "t", 1)), List.of()).newListens().size()));
            int news = 0;
            for (Future<Integer> a : answers) news += a.get();
            pool.shutdown();
            assertThat(news).isEqualTo(1);
            assertThat(store.history().count()).isEqualTo(1);
            sink.close();
        }
    }

    @Test
    void newCatalogEntriesAreCreatedWithTheListensThatNameThem() throws Exception {
        try (EncoreStore store = EncoreStore.open(dir)) {
            GroupCommitSink sink = new GroupCommitSink(store, 20_000);
            Artist a = new Artist("lb:artist:x", "X", List.of(), null, "listenbrainz");
            Track t = new Track("lb:track:y", "Y", List.of(a.id()), null, 0, null, false, null, List.of(), null, "listenbrainz");
            EventSink.Written w = sink.write(List.of(a), List.of(t), List.of(listen("u", t.id(), 5)), List.of());
            assertThat(w.newListens()).hasSize(1);
            assertThat(store.catalog().track(t.id())).isPresent();
            assertThat(store.catalog().artist(a.id())).isPresent();
            sink.close();
        }
    }
}
