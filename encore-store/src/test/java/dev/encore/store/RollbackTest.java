package dev.encore.store;

import dev.encore.core.domain.Feedback;
import dev.encore.core.domain.FeedbackType;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.Track;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.encore.store.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RollbackTest extends StoreTestSupport {

    @Override
    StoreOptions options() {
        return StoreOptions.defaults().withBatchRows(4);
    }

    /** A database-side failure on one record, as a full disk or a constraint would cause, in the middle of a batch. */
    private void sabotageFeedbackOn(String itemId) throws Exception {
        RawSql.execute(store.databaseFile(), "CREATE TRIGGER sabotage BEFORE INSERT ON feedback WHEN NEW.item_id = '"
                + itemId + "' BEGIN SELECT RAISE(ABORT, 'sabotaged for the test'); END");
    }

    @Test
    void aFailingBatchRollsBackCompletelyAndEarlierBatchesStay() throws Exception {
        sabotageFeedbackOn("boom");
        StoreSink sink = store.sink();
        // batch 1 (4 rows) commits on its own.
        sink.track(TRACK);
        sink.user(USER);
        sink.listen(play("u1", "t1", T0));
        sink.feedback(LIKE);
        assertThat(sink.committedRows()).isEqualTo(4);
        // batch 2: the catalog, users and listens are written before the failing feedback row.
        sink.track(TRACK_2);
        sink.user(USER_2);
        sink.listen(play("u2", "t2", T0));
        assertThatThrownBy(() -> sink.feedback(new Feedback("u2", ItemKind.TRACK, "boom", FeedbackType.LIKE, T0, true)))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("write batch of 4 rows")
                .hasMessageContaining("sabotaged for the test")
                .hasMessageContaining(store.databaseFile().toString());

        StoreStats stats = store.stats();
        assertThat(List.of(stats.tracks(), stats.users(), stats.listens(), stats.feedback())).containsOnly(1L);
        assertThat(store.catalog().track("t2")).isEmpty();
        assertThat(store.users().user("u2")).isEmpty();

        // The failed records were dropped; the sink goes on with the next batch.
        sink.track(TRACK_2);
        sink.close();
        assertThat(store.catalog().track("t2")).map(Track::title).contains(TRACK_2.title());
        assertThat(sink.committedRows()).isEqualTo(5);
    }

    @Test
    void aFailingIngestStoresNothing() throws Exception {
        sabotageFeedbackOn("boom");
        Feedback bad = new Feedback("u1", ItemKind.TRACK, "boom", FeedbackType.LIKE, T0, true);
        assertThatThrownBy(() -> store.ingest(List.of(play("u1", "t1", T0)), List.of(bad)))
                .isInstanceOf(StoreException.class).hasMessageContaining("ingest 1 listens and 1 feedback");
        assertThat(store.stats().listens()).isZero();
        assertThat(store.ingest(List.of(play("u1", "t1", T0)), List.of()).newListens()).hasSize(1);
    }

    @Test
    void badRecordsAreRefusedBeforeTheyReachABatch() {
        StoreSink sink = store.sink();
        Track badTag = new Track("t9", "x", List.of("ar1"), null, 0, null, false, null, List.of("a\u001fb"), null, null);
        assertThatThrownBy(() -> sink.track(badTag)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("track 't9' tags").hasMessageContaining("U+001F");
        Track blankTag = new Track("t9", "x", List.of("ar1"), null, 0, null, false, null, List.of(" "), null, null);
        assertThatThrownBy(() -> sink.track(blankTag)).hasMessageContaining("track 't9' tags contains an empty entry");
        assertThat(sink.committedRows()).isZero();
        sink.close();
        assertThat(store.stats().tracks()).isZero();
    }
}
