package dev.encore.products.review;

import dev.encore.core.domain.Artist;
import dev.encore.core.domain.Episode;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.Track;
import dev.encore.products.InMemoryCatalog;
import dev.encore.products.InMemoryListeningHistory;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class YearlyReviewsTest {
    private static final ZoneId UTC = ZoneId.of("UTC");
    private final List<ListenEvent> listens = new ArrayList<>();

    private static Track track(String id, String artist, String tag, LocalDate released) {
        return new Track(id, "Title " + id, List.of(artist), null, 180_000, released, false, null, List.of(tag), null, "test");
    }

    private final InMemoryCatalog catalog = new InMemoryCatalog(
            List.of(new Artist("old", "Old Band", List.of(), null, "t"), new Artist("neo", "Neo Act", List.of(), null, "t"),
                    new Artist("odd", "Odd One", List.of(), null, "t")),
            List.of(track("t1", "old", "rock", LocalDate.of(1990, 1, 1)), track("t2", "neo", "pop", LocalDate.of(2026, 3, 1)),
                    track("t3", "neo", "pop", LocalDate.of(2025, 6, 1)), track("t4", "odd", "jazz", LocalDate.of(2001, 1, 1))),
            List.of(new Episode("e1", "show1", "Ep 1", "", 1_800_000, null, "t")));

    private void play(String track, String at) {
        listens.add(ListenEvent.play("me", track, Instant.parse(at), "test"));
    }

    private YearlyReview build(PopulationStats stats) {
        return new YearlyReviews(catalog, new InMemoryListeningHistory(listens)).review("me", 2026, UTC, stats);
    }

    @Test
    void knownAnswersForAHandMadeYear() {
        play("t1", "2025-12-30T10:00:00Z");                         // last year: t1 and "old" are familiar
        play("t1", "2026-01-05T08:15:00Z");                         // Monday 08h
        play("t2", "2026-01-06T08:20:00Z");                         // Tuesday, streak 5..8 Jan
        play("t2", "2026-01-07T21:00:00Z");
        play("t2", "2026-01-08T21:30:00Z");
        play("t3", "2026-02-01T12:00:00Z");                         // Sunday
        play("t4", "2026-02-03T12:00:00Z");
        play("t4", "2026-02-04T12:00:00Z");
        listens.add(new ListenEvent("me", ItemKind.EPISODE, "e1", Instant.parse("2026-03-01T07:00:00Z"), 600_000,
                null, null, null, null, false, false, false, null, "test"));
        play("t1", "2027-01-01T00:00:00Z");                         // next year: ignored

        YearlyReview r = build(new PopulationStats(new long[] {0, 5, 20, 30, 100}, Set.of("t2")));
        // 7 track plays x 3 min + 10 min of the episode
        assertThat(r.minutesListened()).isEqualTo(31);
        assertThat(r.topArtists()).extracting(YearlyReview.Ranked::name).containsExactly("Neo Act", "Odd One", "Old Band");
        assertThat(r.topArtists()).extracting(YearlyReview.Ranked::plays).containsExactly(4L, 2L, 1L);
        assertThat(r.topTracks()).extracting(YearlyReview.Ranked::id).containsExactly("t2", "t4", "t1", "t3");
        assertThat(r.topTags()).extracting(YearlyReview.Ranked::id).containsExactly("pop", "jazz", "rock");
        assertThat(r.topPodcasts()).containsExactly(new YearlyReview.Ranked("show1", "show1", 1));
        assertThat(r.topTrackPerMonth()).isEqualTo(Map.of(1, "t2", 2, "t4"));
        assertThat(r.clock()[0][8]).isEqualTo(1);                  // Monday 08h
        assertThat(r.clock()[1][8]).isEqualTo(1);                  // Tuesday 08h
        assertThat(r.clock()[6][12]).isEqualTo(1);                 // Sunday noon
        assertThat(java.util.Arrays.stream(r.clock()).flatMapToInt(java.util.Arrays::stream).sum()).isEqualTo(8);
        assertThat(r.newArtists()).containsExactly("neo", "odd");
        assertThat(r.longestStreakDays()).isEqualTo(4);            // 5, 6, 7, 8 January
        assertThat(r.minutesPercentile()).isEqualTo(80.0);         // 4 of 5 listeners listened less than 31
        Personality p = r.personality();
        assertThat(p.exploring()).isEqualTo(6 / 7.0);              // all but the t1 replay are first heard this year
        assertThat(p.fresh()).isEqualTo(4 / 7.0);                  // t2 (2026) x3 and t3 (2025)
        assertThat(p.loyal()).isEqualTo(1.0);                      // only 3 artists, all in the top 5
        assertThat(p.unique()).isEqualTo(4 / 7.0);                 // t2 is the popular one
        assertThat(p.label()).isEqualTo("exploring, new, loyal, unique");
    }

    @Test
    void theYearFollowsTheListenersTimeZone() {
        play("t1", "2025-12-31T23:30:00Z");                        // already 2026 in Berlin
        YearlyReview r = new YearlyReviews(catalog, new InMemoryListeningHistory(listens))
                .review("me", 2026, ZoneId.of("Europe/Berlin"), new PopulationStats(new long[0], Set.of()));
        assertThat(r.topTracks()).extracting(YearlyReview.Ranked::id).containsExactly("t1");
        assertThat(r.clock()[3][0]).isEqualTo(1);                  // Thursday 00h local
        assertThat(r.personality().label()).isEqualTo("exploring, timeless, loyal, unique");
    }

    @Test
    void anEmptyYearAndBadInput() {
        YearlyReview r = build(new PopulationStats(new long[] {10}, Set.of()));
        assertThat(r.minutesListened()).isZero();
        assertThat(r.topArtists()).isEmpty();
        assertThat(r.longestStreakDays()).isZero();
        assertThat(r.minutesPercentile()).isZero();
        assertThatThrownBy(() -> new YearlyReviews(catalog, new InMemoryListeningHistory(listens)).review("me", 26, UTC, null))
                .hasMessageContaining("four-digit year, got 26");
    }
}
