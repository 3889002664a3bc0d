package dev.encore.products.mixes;

import dev.encore.core.domain.Playlist;
import dev.encore.core.domain.PlaylistItem;
import dev.encore.ml.als.AlsModel;
import dev.encore.products.TasteControls;
import dev.encore.products.TestWorld;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DailyMixesTest {
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final Instant MORNING = Instant.parse("2026-11-23T07:00:00Z");
    private final TestWorld w = TestWorld.get();
    private final DailyMixes mixes = new DailyMixes(w.taste, w.catalog, w.history, TasteControls.Source.NONE, MixConfig.defaults());

    @Test
    void aListenerOfThreeGenresGetsThreeMixesNamedByGenreAndArtists() {
        List<Playlist> got = mixes.generate(TestWorld.mixedUserId(0), UTC, MORNING);
        assertThat(got).hasSize(3);
        assertThat(got.stream().map(Playlist::title)).containsExactlyInAnyOrder("Rock Mix", "Jazz Mix", "Techno Mix");
        for (Playlist p : got) {
            int genre = List.of("rock", "jazz", "techno").indexOf(p.title().split(" ")[0].toLowerCase());
            // 3 representative artists, all of the mix's genre
            assertThat(p.description()).containsPattern("Artist " + genre + "-\\d, Artist " + genre + "-\\d and Artist " + genre + "-\\d");
            long inGenre = p.items().stream().filter(i -> TestWorld.genreOf(i.itemId()) == genre).count();
            assertThat(inGenre).isEqualTo(p.items().size());
            assertThat(p.period()).isEqualTo("2026-11-23");
        }
    }

    @Test
    void mixTracksAreCloserToTheirOwnMixThanToOthers() {
        List<Playlist> got = mixes.generate(TestWorld.mixedUserId(1), UTC, MORNING);
        AlsModel als = (AlsModel) w.taste.bundle().model();
        List<float[]> centroids = got.stream().map(p -> centroid(als, p)).toList();
        int closerToOwn = 0, total = 0;
        for (int k = 0; k < got.size(); k++) {
            for (PlaylistItem i : got.get(k).items()) {
                float[] f = als.itemFactor(w.taste.bundle().interactions().items().indexOf(i.itemId()));
                int best = 0;
                for (int c = 1; c < centroids.size(); c++) if (cos(f, centroids.get(c)) > cos(f, centroids.get(best))) best = c;
                if (best == k) closerToOwn++;
                total++;
            }
        }
        assertThat((double) closerToOwn / total).isGreaterThan(0.9);
    }

    @Test
    void aboutSeventyPercentFavouritesAndThirtyPercentNewNeverHeard() {
        String user = TestWorld.mixedUserId(2);
        Set<String> heard = w.history.heardTracks(user);
        for (Playlist p : mixes.generate(user, UTC, MORNING)) {
            long familiar = p.items().stream().filter(i -> heard.contains(i.itemId())).count();
            long fresh = p.items().size() - familiar;
            assertThat(p.items()).hasSize(30);
            assertThat(familiar).isBetween(19L, 23L);
            assertThat(p.items()).filteredOn(i -> !heard.contains(i.itemId()))
                    .allSatisfy(i -> assertThat(i.reason()).startsWith("new for you"));
            assertThat(fresh).isGreaterThanOrEqualTo(7);
            assertThat(p.items().stream().map(PlaylistItem::itemId).distinct()).hasSize(30);
        }
    }

    @Test
    void sameAllDayDifferentTomorrowWithTheSameNames() {
        String user = TestWorld.mixedUserId(3);
        List<Playlist> morning = mixes.generate(user, UTC, MORNING);
        assertThat(mixes.generate(user, UTC, MORNING.plusSeconds(15 * 3600))).isEqualTo(morning);
        List<Playlist> tomorrow = mixes.generate(user, UTC, MORNING.plusSeconds(24 * 3600));
        assertThat(tomorrow.stream().map(Playlist::title)).isEqualTo(morning.stream().map(Playlist::title).toList());
        assertThat(tomorrow.stream().map(Playlist::items)).isNotEqualTo(morning.stream().map(Playlist::items).toList());
    }

    @Test
    void orderedForSmoothFlow() {
        for (Playlist p : mixes.generate(TestWorld.mixedUserId(4), UTC, MORNING)) {
            double ordered = jumps(p.items()), asListed = 0;
            List<PlaylistItem> byId = p.items().stream().sorted((a, b) -> a.itemId().compareTo(b.itemId())).toList();
            asListed = jumps(byId);
            assertThat(ordered).isLessThan(asListed);
        }
    }

    @Test
    void listenersWithoutHistoryGetNoMixes() {
        assertThat(mixes.generate("nobody", UTC, MORNING)).isEmpty();
    }

    private double jumps(List<PlaylistItem> items) {
        double sum = 0;
        for (int i = 1; i < items.size(); i++) {
            sum += FlowOrder.distance(w.catalog.track(items.get(i - 1).itemId()).audio(), w.catalog.track(items.get(i).itemId()).audio());
        }
        return sum;
    }

    private float[] centroid(AlsModel als, Playlist p) {
        float[] c = new float[als.factors()];
        for (PlaylistItem i : p.items()) {
            float[] f = als.itemFactor(w.taste.bundle().interactions().items().indexOf(i.itemId()));
            double n = Math.sqrt(dot(f, f));
            for (int d = 0; d < c.length; d++) c[d] += (float) (f[d] / n);
        }
        return c;
    }

    private static double cos(float[] a, float[] b) {
        return dot(a, b) / Math.sqrt(dot(a, a) * dot(b, b));
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }
}
