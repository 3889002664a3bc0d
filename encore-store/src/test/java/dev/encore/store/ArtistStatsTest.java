package dev.encore.store;

import dev.encore.core.domain.Artist;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.Track;
import dev.encore.core.domain.User;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static dev.encore.store.Fixtures.play;
import static org.assertj.core.api.Assertions.assertThat;

class ArtistStatsTest extends StoreTestSupport {
    private static Track track(String id, String... artists) {
        return new Track(id, "Title " + id, List.of(artists), null, 180_000, null, false, null, List.of(), null, "test");
    }

    @Test
    void countsStreamsListenersWeeksAndCountriesOfOneArtist() {
        store.write(s -> {
            s.artist(new Artist("ar1", "The Lumens", List.of(), "SE", "test"));
            s.artist(new Artist("ar2", "Karo", List.of(), null, "test"));
            s.track(track("t1", "ar1"));
            s.track(track("t2", "ar2", "ar1"));   // a feature: counts for ar1 too
            s.track(track("t3", "ar1"));          // never played
            s.track(track("t9", "ar2"));
            s.user(new User("u1", "SE", null, null, "test"));
            s.user(new User("u2", "DE", null, null, "test"));
            s.user(new User("u3", null, null, null, "test"));
            Instant mon = Instant.parse("2026-11-02T00:00:00Z");   // a Monday
            s.listen(play("u1", "t1", mon));
            s.listen(play("u1", "t1", mon.plusSeconds(3600)));
            s.listen(play("u2", "t1", mon.plus(6, ChronoUnit.DAYS)));       // Sunday, same week
            s.listen(play("u2", "t2", mon.plus(15, ChronoUnit.DAYS)));      // two weeks later
            s.listen(play("u3", "t9", mon.plus(1, ChronoUnit.DAYS)));       // other artist only
            s.listen(play("u4", "t2", mon.plus(15, ChronoUnit.DAYS)));      // no user profile at all
        });
        ArtistStats.Report r = store.artistStats().of("ar1");
        assertThat(r.streams()).isEqualTo(5);
        assertThat(r.listeners()).isEqualTo(3);
        assertThat(r.tracks()).containsExactly(new ArtistStats.TrackFigures("t1", "Title t1", 3, 2),
                new ArtistStats.TrackFigures("t2", "Title t2", 2, 2), new ArtistStats.TrackFigures("t3", "Title t3", 0, 0));
        assertThat(r.weeks()).containsExactly(new ArtistStats.Week(LocalDate.of(2026, 11, 2), 2, 3),
                new ArtistStats.Week(LocalDate.of(2026, 11, 9), 0, 0), new ArtistStats.Week(LocalDate.of(2026, 11, 16), 2, 2));
        assertThat(r.countries()).containsExactly(new ArtistStats.Country("DE", 1), new ArtistStats.Country("SE", 1));
        assertThat(r.unknownCountry()).isEqualTo(1);
        assertThat(r.first()).isEqualTo(Instant.parse("2026-11-02T00:00:00Z"));
        assertThat(r.last()).isEqualTo(Instant.parse("2026-11-17T00:00:00Z"));
    }

    @Test
    void unknownOrUnplayedArtistGetsAnEmptyReport() {
        store.write(s -> s.track(track("t1", "ar1")));
        ArtistStats.Report r = store.artistStats().of("nobody");
        assertThat(r.streams()).isZero();
        assertThat(r.tracks()).isEmpty();
        assertThat(r.weeks()).isEmpty();
        assertThat(r.first()).isNull();
        assertThat(store.artistStats().of("ar1").tracks()).extracting(ArtistStats.TrackFigures::streams).containsExactly(0L);
    }

    /** A seeded random world; the report must match a brute-force count over the same generated listens. */
    @Test
    void matchesABruteForceCountOnARandomWorld() {
        Random rnd = new Random(11);
        List<ListenEvent> listens = new ArrayList<>();
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        for (int u = 0; u < 60; u++) {
            for (int k = 0; k < 20; k++)
                listens.add(play("u" + u, "t" + rnd.nextInt(12), start.plusSeconds(rnd.nextInt(90 * 24 * 3600))));
        }
        store.write(s -> {
            for (int t = 0; t < 12; t++) s.track(track("t" + t, t % 3 == 0 ? "ar0" : "ar1"));
            for (int u = 0; u < 60; u++) s.user(new User("u" + u, u % 2 == 0 ? "SE" : "FI", null, null, "test"));
            listens.forEach(s::listen);
        });
        Set<String> seen = new HashSet<>();
        List<ListenEvent> mine = new ArrayList<>();
        for (ListenEvent e : listens)   // the store drops exact duplicates (same user, time and item)
            if (Integer.parseInt(e.itemId().substring(1)) % 3 == 0 && seen.add(e.userId() + e.listenedAt() + e.itemId())) mine.add(e);
        Map<LocalDate, Set<String>> weekly = new HashMap<>();
        for (ListenEvent e : mine) {
            LocalDate d = e.listenedAt().atZone(ZoneOffset.UTC).toLocalDate();
            weekly.computeIfAbsent(d.minusDays(d.getDayOfWeek().getValue() - 1L), k -> new HashSet<>()).add(e.userId());
        }
        ArtistStats.Report r = store.artistStats().of("ar0");
        assertThat(r.streams()).isEqualTo(mine.size());
        assertThat(r.listeners()).isEqualTo(mine.stream().map(ListenEvent::userId).distinct().count());
        assertThat(r.tracks()).hasSize(4);
        assertThat(r.tracks().stream().mapToLong(ArtistStats.TrackFigures::streams).sum()).isEqualTo(mine.size());
        for (ArtistStats.Week w : r.weeks()) {
            assertThat(w.start().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
            assertThat(w.listeners()).as("week of %s", w.start()).isEqualTo(weekly.getOrDefault(w.start(), Set.of()).size());
        }
        assertThat(r.weeks().stream().filter(w -> w.streams() > 0).count()).isEqualTo(weekly.size());
        assertThat(r.countries().stream().mapToLong(ArtistStats.Country::listeners).sum()).isEqualTo(r.listeners());
    }
}
