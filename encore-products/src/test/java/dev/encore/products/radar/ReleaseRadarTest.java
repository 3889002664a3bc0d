package dev.encore.products.radar;

import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.Playlist;
import dev.encore.core.domain.PlaylistItem;
import dev.encore.core.domain.Track;
import dev.encore.products.InMemoryCatalog;
import dev.encore.products.InMemoryListeningHistory;
import dev.encore.products.TasteControls;
import dev.encore.products.TestWorld;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ReleaseRadarTest {
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final Instant MONDAY_W48 = Instant.parse("2026-11-23T00:30:00Z");
    private final TestWorld w = TestWorld.get();
    private final List<Track> releases = new ArrayList<>();
    private final InMemoryCatalog catalog;

    ReleaseRadarTest() {
        for (int g = 0; g < TestWorld.GENRES; g++) {
            for (int a = 0; a < TestWorld.ARTISTS; a++) {
                releases.add(release("new" + g + "-" + a, g, a, MONDAY.minusDays(3 + a)));     // inside the 14 days
                releases.add(release("old" + g + "-" + a, g, a, MONDAY.minusDays(20)));        // too old
                releases.add(release("next" + g + "-" + a, g, a, MONDAY.plusDays(2)));         // released later this week
            }
        }
        List<Track> all = new ArrayList<>(w.tracks);
        all.addAll(releases);
        catalog = new InMemoryCatalog(w.artists, all);
    }

    private static Track release(String id, int g, int a, LocalDate date) {
        return new Track(id, "Single " + id, List.of("a" + g + "-" + a), null, 180_000, date, false, null,
                List.of(TestWorld.genre(g)), null, "test");
    }

    private ReleaseRadar radar(TasteControls.Source controls, Follows follows, List<ListenEvent> listens) {
        return new ReleaseRadar(catalog, new InMemoryListeningHistory(listens), controls, ReleaseFeed.of(releases), follows,
                RadarConfig.defaults());
    }

    private Map<String, Integer> playsByArtist(String user) {
        Map<String, Integer> plays = new HashMap<>();
        for (String t : w.history.heardTracks(user)) plays.put(TestWorld.artistOf(t), 0);
        for (ListenEvent e : w.history.listens(user, Instant.EPOCH, MONDAY_W48)) plays.merge(TestWorld.artistOf(e.itemId()), 1, Integer::sum);
        return plays;
    }

    @Test
    void onlyReleasesOfTheLastFourteenDaysByPlayedArtistsRankedByAffinityEachExplained() {
        Playlist p = radar(TasteControls.Source.NONE, Follows.NONE, w.listens).generate("u0", UTC, MONDAY_W48);
        Map<String, Integer> plays = playsByArtist("u0");
        assertThat(p.items()).isNotEmpty();
        assertThat(p.period()).isEqualTo("2026-W48");
        int previous = Integer.MAX_VALUE;
        for (PlaylistItem i : p.items()) {
            assertThat(i.itemId()).startsWith("new");
            String artist = "a" + i.itemId().substring(3);
            assertThat(plays).containsKey(artist);
            assertThat(plays.get(artist)).isLessThanOrEqualTo(previous);
            previous = plays.get(artist);
            assertThat(i.reason()).startsWith("new from Artist " + artist.substring(1)).contains("you played them");
        }
        String top = plays.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertThat(p.items().get(0).itemId()).isEqualTo("new" + top.substring(1));
        assertThat(p.items()).hasSize(plays.size());    // one release per played artist, none dropped
    }

    @Test
    void followedArtistsWithoutPlaysAreIncludedAndSaySo() {
        Set<String> playedByU0 = playsByArtist("u0").keySet();
        String stranger = w.artists.stream().map(a -> a.id()).filter(a -> !playedByU0.contains(a)).findFirst().orElseThrow();
        Playlist p = radar(TasteControls.Source.NONE, u -> Set.of(stranger), w.listens).generate("u0", UTC, MONDAY_W48);
        PlaylistItem followed = p.items().stream().filter(i -> i.itemId().equals("new" + stranger.substring(1))).findFirst().orElseThrow();
        assertThat(followed.reason()).endsWith("you follow them");
        // following weighs 0.5 of all plays: more than any one artist of a listener who spreads plays over 4+ artists
        assertThat(p.items().get(0)).isEqualTo(followed);
    }

    @Test
    void sameAllWeekAndTheNextWeekMovesTheWindow() {
        ReleaseRadar r = radar(TasteControls.Source.NONE, Follows.NONE, w.listens);
        Playlist monday = r.generate("u1", UTC, MONDAY_W48);
        assertThat(r.generate("u1", UTC, Instant.parse("2026-11-29T23:59:00Z"))).isEqualTo(monday);
        Playlist next = r.generate("u1", UTC, Instant.parse("2026-11-30T08:00:00Z"));
        assertThat(next.period()).isEqualTo("2026-W49");
        assertThat(next.items()).extracting(PlaylistItem::itemId).anyMatch(id -> id.startsWith("next"));
        assertThat(monday.items()).extracting(PlaylistItem::itemId).noneMatch(id -> id.startsWith("next"));
    }

    @Test
    void hiddenArtistsAndTracksNeverAppearAndExcludedContextsDoNotCount() {
        Playlist plain = radar(TasteControls.Source.NONE, Follows.NONE, w.listens).generate("u2", UTC, MONDAY_W48);
        String first = plain.items().get(0).itemId(), second = plain.items().get(1).itemId();
        String hiddenArtist = "a" + first.substring(3);
        TasteControls hiding = new TasteControls(Set.of(second), Set.of(hiddenArtist), Set.of());
        Playlist hidden = radar(u -> hiding, Follows.NONE, w.listens).generate("u2", UTC, MONDAY_W48);
        assertThat(hidden.items()).extracting(PlaylistItem::itemId).doesNotContain(first, second).isNotEmpty();

        // u2 also played a jazz artist 30 times, but only from the "kids" context: excluded, so no jazz release
        List<ListenEvent> more = new ArrayList<>(w.listens);
        for (int i = 0; i < 30; i++) more.add(new ListenEvent("u2", dev.encore.core.domain.ItemKind.TRACK, TestWorld.trackId(1, 5, i % 9),
                MONDAY_W48.minusSeconds(86400L * (i + 1)), -1, "kids", "kids", null, null, false, false, false, null, "test"));
        TasteControls kids = new TasteControls(Set.of(), Set.of(), Set.of(), Set.of(), Set.of("Kids"));
        assertThat(radar(TasteControls.Source.NONE, Follows.NONE, more).generate("u2", UTC, MONDAY_W48).items().get(0).itemId())
                .isEqualTo("new1-5");
        assertThat(radar(u -> kids, Follows.NONE, more).generate("u2", UTC, MONDAY_W48)).isEqualTo(plain);
    }
}
