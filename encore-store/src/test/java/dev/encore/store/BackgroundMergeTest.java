package dev.encore.store;

import dev.encore.core.domain.ListenEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static dev.encore.store.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Server ingest merges the inbox on a background thread; these pin what ingest and readers see meanwhile. */
class BackgroundMergeTest extends StoreTestSupport {
    private static final int THRESHOLD = 100;

    @Override
    StoreOptions options() {
        return StoreOptions.defaults().withMergeThreshold(THRESHOLD);
    }

    private static List<ListenEvent> listens(int from, int to) {
        List<ListenEvent> out = new ArrayList<>();
        for (int i = from; i < to; i++) out.add(play("u" + i % 7, "t" + i % 13, T0.plusSeconds(i)));
        return out;
    }

    private long raw(String sql) throws Exception {
        return RawSql.number(store.databaseFile(), sql);   // its own connection: does not settle the log
    }

    /** Background merges queue here until {@link #release}; they then run on one thread. */
    private final CountDownLatch gate = new CountDownLatch(1);

    private ExecutorService heldBack() {
        ExecutorService e = Executors.newSingleThreadExecutor();
        e.submit(() -> {
            gate.await();
            return null;
        });
        return e;
    }

    private void release(ExecutorService e) throws InterruptedException {
        gate.countDown();
        e.shutdown();
        assertThat(e.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }

    @AfterEach
    void openTheGate() {
        gate.countDown();   // a failed test must not leave a merge held back for the store's close to wait on
    }

    private void assertPlaysMatchListens() throws Exception {
        assertThat(raw("SELECT count(*) FROM (SELECT item_id, count(*) n FROM listens GROUP BY item_id) l "
                + "JOIN item_plays p USING (item_id) WHERE p.plays = l.n")).isEqualTo(raw("SELECT count(DISTINCT item_id) FROM listens"));
        assertThat(raw("SELECT sum(plays) FROM item_plays")).isEqualTo(raw("SELECT count(*) FROM listens"));
    }

    @Test
    void movesListensWithoutAnyReadOnceTheThresholdIsReached() throws Exception {
        store.ingest(listens(0, 150), List.of());
        for (int i = 0; i < 200 && raw("SELECT count(*) FROM listens") < 150; i++) Thread.sleep(50);
        assertThat(raw("SELECT count(*) FROM listens")).isEqualTo(150);
        assertThat(raw("SELECT count(*) FROM listen_inbox")).isZero();
        assertPlaysMatchListens();
        assertThat(raw("SELECT latest_at FROM listen_watermark")).isEqualTo(T0.plusSeconds(149).toEpochMilli());
    }

    @Test
    void listensBeingMergedStillCountAsDuplicatesAndNewOnesKeepComing() throws Exception {
        ExecutorService merger = heldBack();
        store.listenLog().useMergeExecutor(merger);
        store.ingest(listens(0, 150), List.of());   // frozen for the held-back merge
        Ingested again = store.ingest(listens(140, 170), List.of());
        assertThat(again.newListens()).isEqualTo(listens(150, 170));
        assertThat(again.duplicates()).isEqualTo(10);
        assertThat(raw("SELECT count(*) FROM listens")).isZero();

        release(merger);
        assertThat(raw("SELECT count(*) FROM listens")).isEqualTo(150);   // the frozen generation only
        assertThat(raw("SELECT count(*) FROM listen_inbox")).isEqualTo(20);
        assertThat(store.stats().listens()).isEqualTo(170);
        assertPlaysMatchListens();
    }

    @Test
    void aReadDuringABackgroundMergeMergesEverythingAndVoidsIt() throws Exception {
        ExecutorService merger = heldBack();
        store.listenLog().useMergeExecutor(merger);
        store.ingest(listens(0, 150), List.of());
        store.ingest(listens(150, 160), List.of());
        assertThat(store.stats().listens()).isEqualTo(160);   // synchronous: takes the frozen rows too
        release(merger);                                      // finds nothing left to move, counts nothing twice
        assertThat(raw("SELECT count(*) FROM listens")).isEqualTo(160);
        assertPlaysMatchListens();
        assertThat(store.ingest(listens(0, 160), List.of()).newListens()).isEmpty();
    }

    /** Holds a background merge after its sort, so another merge can run in between. */
    private CountDownLatch holdAfterSort(CountDownLatch sorted) {
        CountDownLatch go = new CountDownLatch(1);
        store.listenLog().beforeMove(() -> {
            sorted.countDown();
            try {
                go.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        return go;
    }

    @Test
    void aMergeBetweenTheSortAndTheMoveVoidsTheMoveSoNewerInboxRowsSurvive() throws Exception {
        CountDownLatch sorted = new CountDownLatch(1);
        CountDownLatch go = holdAfterSort(sorted);
        store.ingest(listens(0, 150), List.of());
        assertThat(sorted.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(store.stats().listens()).isEqualTo(150);          // empties the inbox: rowids start over
        store.ingest(listens(150, 155), List.of());                  // inbox rowids 1..5, below the frozen maximum
        go.countDown();
        store.listenLog().stopBackground();
        assertThat(raw("SELECT count(*) FROM listen_inbox")).isEqualTo(5);
        assertThat(store.stats().listens()).isEqualTo(155);
        assertPlaysMatchListens();
    }

    @Test
    void aMergeByAnotherProcessBetweenTheSortAndTheMoveVoidsItToo() throws Exception {
        CountDownLatch sorted = new CountDownLatch(1);
        CountDownLatch go = holdAfterSort(sorted);
        store.ingest(listens(0, 150), List.of());
        assertThat(sorted.await(30, TimeUnit.SECONDS)).isTrue();
        try (EncoreStore other = EncoreStore.open(dir.resolve("data"), options())) {
            assertThat(other.stats().listens()).isEqualTo(150);     // the other process merges our inbox rows
            other.ingest(listens(150, 155), List.of());
            go.countDown();
            store.listenLog().stopBackground();
            assertThat(raw("SELECT count(*) FROM listen_inbox")).isEqualTo(5);
        }
        assertThat(store.stats().listens()).isEqualTo(155);
        assertPlaysMatchListens();
    }

    @Test
    void closingWaitsForTheMergeAndLeavesNoScratchFile() throws Exception {
        store.ingest(listens(0, 150), List.of());
        store.ingest(listens(150, 180), List.of());
        store.close();
        try (var files = Files.list(dir.resolve("data"))) {
            assertThat(files.map(Path::getFileName).map(Path::toString)).noneMatch(n -> n.endsWith(".scratch"));
        }
        reopen();
        assertThat(store.stats().listens()).isEqualTo(180);
        assertPlaysMatchListens();
    }
}
