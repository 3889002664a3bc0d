package dev.encore.store;

import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static dev.encore.store.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

class ListenDedupTest extends StoreTestSupport {
    private static final Instant END = Instant.parse("2030-01-01T00:00:00Z");

    private ListenEvent variant(long msPlayed) {
        return new ListenEvent("u1", ItemKind.TRACK, "t1", T0, msPlayed, null, null, null, null, false, false, false, null, "again");
    }

    @Test
    void duplicateInTheSameBatchIsIgnoredAndTheFirstArrivalKept() {
        store.write(s -> {
            s.listen(fullListen());
            s.listen(variant(10));
        });
        assertThat(store.listens("u1", Instant.EPOCH, END)).containsExactly(fullListen());
        assertThat(store.stats().listens()).isEqualTo(1);
        assertThat(store.history().playCount(ItemKind.TRACK, "t1")).isEqualTo(1);
    }

    @Test
    void duplicateInALaterBatchIsIgnoredBeforeAndAfterTheMerge() {
        store.write(s -> s.listen(fullListen()));
        store.write(s -> s.listen(variant(10)));          // both still pending: the merge keeps the first
        assertThat(store.stats().listens()).isEqualTo(1);
        store.write(s -> s.listen(variant(20)));          // the original is merged by now
        assertThat(store.listens("u1", Instant.EPOCH, END)).containsExactly(fullListen());
        assertThat(store.history().playCount(ItemKind.TRACK, "t1")).isEqualTo(1);
    }

    @Test
    void sameUserItemAndTimeOfAnotherKindIsNotADuplicate() {
        ListenEvent episode = new ListenEvent("u1", ItemKind.EPISODE, "t1", T0, -1, null, null, null, null, false, false, false, null, "x");
        store.write(s -> {
            s.listen(play("u1", "t1", T0));
            s.listen(episode);
            s.listen(play("u1", "t1", T0.plusMillis(1)));
            s.listen(play("u2", "t1", T0));
        });
        assertThat(store.stats().listens()).isEqualTo(4);
    }

    @Test
    void mergesDuringFlushOnceTheThresholdIsReached() throws Exception {
        store.close();
        store = EncoreStore.open(dir.resolve("data"), StoreOptions.defaults().withBatchRows(3).withMergeThreshold(5));
        try (StoreSink sink = store.sink()) {
            for (int i = 0; i < 12; i++) sink.listen(play("u" + (i % 4), "t" + (i % 3), T0.plusSeconds(i % 6)));
            for (int i = 0; i < 12; i++) sink.listen(play("u" + (i % 4), "t" + (i % 3), T0.plusSeconds(i % 6)));
        }
        // 24 listens were committed in batches of 3; merges at 5 pending leave fewer than that waiting.
        assertThat(RawSql.number(store.databaseFile(), "SELECT coalesce(sum(listens), 0) FROM listen_batches")).isLessThan(5);
        List<ListenEvent> all = new ArrayList<>();
        store.forEachListen(all::add);
        // (i % 4, i % 6) repeats with period 12, so the 12 distinct listens of the first loop are all there is.
        assertThat(all).hasSize(12).doesNotHaveDuplicates();
        assertThat(all).isSortedAccordingTo((a, b) -> a.userId().equals(b.userId())
                ? a.listenedAt().compareTo(b.listenedAt()) : a.userId().compareTo(b.userId()));
    }
}
