package dev.encore.store;

import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EditorialRepositoryTest extends StoreTestSupport {
    private static final Instant T = Instant.parse("2026-03-02T12:00:00Z");

    private static EditorialRepository.Pool pool(List<EditorialRepository.Entry> tracks) {
        return new EditorialRepository.Pool("indie", "Indie Rising", "new indie", 3, 0.34, T, "admin", tracks);
    }

    private static ListenEvent listen(String user, String track, Instant at, boolean skipped) {
        return new ListenEvent(user, ItemKind.TRACK, track, at, 1000, null, null, null, null, skipped, false, false, null, "test");
    }

    @Test
    void savesAndReplacesAPoolWithItsCandidatesInEditorOrder() {
        EditorialRepository repo = EditorialRepository.of(store);
        repo.save(pool(List.of(new EditorialRepository.Entry("t3", 1), new EditorialRepository.Entry("t1", null),
                new EditorialRepository.Entry("t2", null))));
        assertThat(repo.pool("indie")).get().satisfies(p -> {
            assertThat(p.tracks()).containsExactly(new EditorialRepository.Entry("t3", 1), new EditorialRepository.Entry("t1", null),
                    new EditorialRepository.Entry("t2", null));
            assertThat(p.fixedRatio()).isEqualTo(0.34);
            assertThat(p.updatedAt()).isEqualTo(T);
        });
        repo.save(pool(List.of(new EditorialRepository.Entry("t9", null))));
        assertThat(repo.pool("indie").orElseThrow().tracks()).extracting(EditorialRepository.Entry::trackId).containsExactly("t9");
        assertThat(repo.pools()).extracting(EditorialRepository.Pool::id).containsExactly("indie");
        assertThat(repo.trackCounts()).containsEntry("indie", 1L);
        assertThat(repo.pool("nope")).isEmpty();
    }

    @Test
    void outcomesCountStreamsAndSkipsOfShownTracksWithinTheWindowOnly() {
        EditorialRepository repo = EditorialRepository.of(store);
        LocalDate day = LocalDate.of(2026, 3, 2);
        List<EditorialRepository.Impression> shown = List.of(new EditorialRepository.Impression("t1", 1, "pinned"),
                new EditorialRepository.Impression("t2", 2, "personalised"));
        repo.recordImpressions("indie", "u1", day, T, shown);
        repo.recordImpressions("indie", "u1", day, T.plusSeconds(60), shown); // same day again: no new impression
        repo.recordImpressions("indie", "u2", day, T, List.of(new EditorialRepository.Impression("t1", 1, "pinned")));
        store.write(s -> {
            s.listen(listen("u1", "t1", T.minusSeconds(60), false));               // before it was shown: not counted
            s.listen(listen("u1", "t1", T.plusSeconds(600), false));               // stream
            s.listen(listen("u1", "t2", T.plusSeconds(700), true));                // skip
            s.listen(listen("u2", "t1", T.plus(Duration.ofDays(8)), false));       // past the 7-day window
            s.listen(listen("u3", "t1", T.plusSeconds(600), false));               // never shown it
        });
        List<EditorialRepository.PlacementOutcome> out = repo.outcomes("indie", Duration.ofDays(7));
        assertThat(out).containsExactly(
                new EditorialRepository.PlacementOutcome("t1", "pinned", 2, 2, 1, 0, 1.0),
                new EditorialRepository.PlacementOutcome("t2", "personalised", 1, 1, 0, 1, 2.0));
    }
}
