package dev.encore.store;

import dev.encore.core.domain.Feedback;
import dev.encore.core.domain.FeedbackType;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.encore.store.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

class IngestTest extends StoreTestSupport {

    @Test
    void reportsWhichListensAreNewIncludingDuplicatesStillPendingFromASink() {
        ListenEvent a = play("u1", "t1", T0);
        ListenEvent b = play("u1", "t2", T0.plusSeconds(1));
        ListenEvent c = play("u2", "t1", T0);
        store.write(s -> s.listen(a)); // committed to the inbox, not merged yet

        Ingested first = store.ingest(List.of(a, b, b, c), List.of());
        assertThat(first.newListens()).containsExactly(b, c);
        assertThat(first.duplicates()).isEqualTo(2);

        Ingested again = store.ingest(List.of(a, b, c), List.of());
        assertThat(again.newListens()).isEmpty();
        assertThat(again.duplicates()).isEqualTo(3);
        assertThat(store.stats().listens()).isEqualTo(3);
        assertThat(store.history().playCount(ItemKind.TRACK, "t1")).isEqualTo(2);
    }

    @Test
    void aRetriedRequestAmongManyWaitingBatchesKeepsOnlyItsNewListens() {
        List<List<ListenEvent>> requests = new java.util.ArrayList<>();
        for (int r = 0; r < 20; r++) {
            List<ListenEvent> request = new java.util.ArrayList<>();
            for (int i = 0; i < 50; i++) request.add(play("u" + i % 7, "t" + r, T0.plusSeconds(r * 50L + i)));
            requests.add(request);
            assertThat(store.ingest(request, List.of()).newListens()).hasSize(50);
        }
        List<ListenEvent> retry = new java.util.ArrayList<>(requests.get(7));
        ListenEvent fresh = play("u1", "t7", T0.plusSeconds(7 * 50L + 3)); // same user and time as one retried, other item
        retry.add(fresh);
        Ingested again = store.ingest(retry, List.of());
        assertThat(again.newListens()).containsExactly(fresh);
        assertThat(again.duplicates()).isEqualTo(50);
        assertThat(store.stats().listens()).isEqualTo(20 * 50 + 1);
    }

    @Test
    void listensNoLaterThanTheLatestStoredOneAreCheckedAgainstTheStoredListens() {
        ListenEvent early = play("u1", "t1", T0);
        ListenEvent latest = play("u2", "t2", T0.plusSeconds(10));
        store.ingest(List.of(early, latest), List.of());
        assertThat(store.stats().listens()).isEqualTo(2); // reading merges them into the stored listens

        ListenEvent later = play("u1", "t1", T0.plusSeconds(20));
        Ingested r = store.ingest(List.of(early, latest, later), List.of());
        assertThat(r.newListens()).containsExactly(later); // the earlier one and the one at the watermark itself
        assertThat(store.stats().listens()).isEqualTo(3);
        assertThat(store.history().playCount(ItemKind.TRACK, "t1")).isEqualTo(2);
    }

    @Test
    void listensMergedByAnotherProcessCountAsStored() {
        ListenEvent theirs = play("u1", "t1", T0.plusSeconds(100));
        store.ingest(List.of(play("u1", "t1", T0)), List.of());
        assertThat(store.stats().listens()).isEqualTo(1);
        try (EncoreStore other = EncoreStore.open(dir.resolve("data"), options())) {
            other.ingest(List.of(theirs), List.of());
            assertThat(other.stats().listens()).isEqualTo(2); // merged, raising the latest stored listen
        }
        assertThat(store.ingest(List.of(theirs), List.of()).newListens()).isEmpty();
        assertThat(store.stats().listens()).isEqualTo(2);
    }

    @Test
    void feedbackIsNewWhenItChangesTheLatestState() {
        Feedback unlike = new Feedback("u1", ItemKind.TRACK, "t1", FeedbackType.LIKE, T0, false);
        Feedback older = new Feedback("u1", ItemKind.TRACK, "t1", FeedbackType.LIKE, T0.minusSeconds(1), true);
        assertThat(store.ingest(List.of(), List.of(LIKE)).newFeedback()).containsExactly(LIKE);
        Ingested r = store.ingest(List.of(), List.of(LIKE, older, unlike));
        assertThat(r.newFeedback()).containsExactly(unlike); // same instant, changed: later arrival wins
        assertThat(r.duplicates()).isEqualTo(2);
        assertThat(store.signals().feedback("u1", ItemKind.TRACK, "t1", FeedbackType.LIKE)).contains(unlike);
    }
}
