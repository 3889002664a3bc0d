package dev.encore.products.radio;

import dev.encore.core.domain.PlaylistItem;
import dev.encore.products.TasteControls;
import dev.encore.products.TestWorld;
import dev.encore.products.mixes.FlowOrder;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RadioSessionTest {
    private static final LocalDate TODAY = TestWorld.TODAY;
    private final TestWorld w = TestWorld.get();
    private final Radio radio = new Radio(w.taste, w.catalog, w.history, TasteControls.Source.NONE);
    private final FactorSpace space = new FactorSpace(w.taste);

    private double meanCosine(List<PlaylistItem> items, float[] direction) {
        return items.stream().mapToDouble(i -> dot(space.item(index(i.itemId())), direction)).average().orElseThrow();
    }

    private int index(String id) {
        return w.taste.bundle().interactions().items().indexOf(id);
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    @Test
    void followsTheSeedNeverRepeatsAndSpacesArtists() {
        RadioSession s = radio.open("u1", RadioSeed.track(TestWorld.trackId(2, 1, 3)), TODAY);
        List<PlaylistItem> all = new ArrayList<>(s.next(10));
        all.addAll(s.next(15));
        assertThat(new HashSet<>(all.stream().map(PlaylistItem::itemId).toList())).hasSize(25);
        long techno = all.stream().filter(i -> TestWorld.genreOf(i.itemId()) == 2).count();
        assertThat(techno).isGreaterThanOrEqualTo(12); // chance would give about 6
        for (int i = 0; i < all.size(); i++) {
            for (int j = Math.max(0, i - 4); j < i; j++) {
                assertThat(TestWorld.artistOf(all.get(j).itemId())).as("tracks %d and %d", j, i).isNotEqualTo(TestWorld.artistOf(all.get(i).itemId()));
            }
        }
        assertThat(all.get(0).reason()).isEqualTo("radio from Song 2-1-3 by Artist 2-1");
    }

    @Test
    void aSkipMovesTheSessionAwayAndALikeTowards() {
        // a taste radio of a rock listener, steered by a jazz track
        String jazz = TestWorld.trackId(1, 2, 4);
        float[] jazzDir = space.item(index(jazz));
        RadioSession plain = radio.open("u0", RadioSeed.taste("u0"), TODAY);
        RadioSession skipped = radio.open("u0", RadioSeed.taste("u0"), TODAY);
        RadioSession liked = radio.open("u0", RadioSeed.taste("u0"), TODAY);
        List<PlaylistItem> first = plain.next(5);
        assertThat(skipped.next(5)).isEqualTo(first);
        assertThat(liked.next(5)).isEqualTo(first);

        skipped.feedback(jazz, RadioSession.Signal.SKIP);
        liked.feedback(jazz, RadioSession.Signal.LIKE);
        assertThat(dot(skipped.direction(), jazzDir)).isLessThan(dot(plain.direction(), jazzDir));
        assertThat(dot(liked.direction(), jazzDir)).isGreaterThan(dot(plain.direction(), jazzDir));

        List<PlaylistItem> afterPlain = plain.next(10), afterSkip = skipped.next(10), afterLike = liked.next(10);
        assertThat(meanCosine(afterSkip, jazzDir)).isLessThan(meanCosine(afterPlain, jazzDir));
        assertThat(meanCosine(afterLike, jazzDir)).isGreaterThan(meanCosine(afterPlain, jazzDir));
        assertThat(afterLike.stream().filter(i -> TestWorld.genreOf(i.itemId()) == 1).count())
                .isGreaterThan(afterPlain.stream().filter(i -> TestWorld.genreOf(i.itemId()) == 1).count());
        assertThat(afterLike.get(0).reason()).endsWith("tuned by your likes and skips");
    }

    @Test
    void smoothStepsWhereAudioExists() {
        // a three-genre listener's taste radio: with smoothing it steps through tempo/energy more gently
        String user = TestWorld.mixedUserId(0);
        List<PlaylistItem> rough = new Radio(w.taste, w.catalog, w.history, TasteControls.Source.NONE, 0).open(user, RadioSeed.taste(user), TODAY).next(20);
        List<PlaylistItem> smooth = new Radio(w.taste, w.catalog, w.history, TasteControls.Source.NONE, 1.0).open(user, RadioSeed.taste(user), TODAY).next(20);
        assertThat(jumps(smooth)).isLessThan(jumps(rough));
        assertThatThrownBy(() -> new Radio(w.taste, w.catalog, w.history, TasteControls.Source.NONE, -1)).hasMessageContaining("smoothness");
    }

    private double jumps(List<PlaylistItem> items) {
        double sum = 0;
        for (int i = 1; i < items.size(); i++) {
            sum += FlowOrder.distance(w.catalog.track(items.get(i - 1).itemId()).audio(), w.catalog.track(items.get(i).itemId()).audio());
        }
        return sum;
    }

    @Test
    void hiddenArtistsNeverPlayAndSessionsAreKeptById() {
        Radio hiding = new Radio(w.taste, w.catalog, w.history, u -> new TasteControls(Set.of(), Set.of("a3-1"), Set.of()));
        RadioSession s = hiding.open("u3", RadioSeed.artist("a3-1"), TODAY);
        assertThat(s.next(30)).noneMatch(i -> TestWorld.artistOf(i.itemId()).equals("a3-1"));
        assertThat(hiding.session(s.id())).isSameAs(s);
        hiding.close(s.id());
        assertThat(hiding.session(s.id())).isNull();
    }

    @Test
    void clearErrors() {
        assertThatThrownBy(() -> radio.open("u1", RadioSeed.track("nope"), TODAY)).hasMessageContaining("radio seed track 'nope'");
        assertThatThrownBy(() -> radio.open("u1", RadioSeed.tag("polka"), TODAY)).hasMessageContaining("tag 'polka' matches no track");
        assertThatThrownBy(() -> radio.open("ghost", RadioSeed.taste("ghost"), TODAY)).hasMessageContaining("has no listens yet");
        RadioSession s = radio.open("u1", RadioSeed.tag("jazz"), TODAY);
        assertThatThrownBy(() -> s.next(0)).hasMessageContaining("n must be in [1, 100]");
        assertThatThrownBy(() -> s.feedback("nope", RadioSession.Signal.LIKE)).hasMessageContaining("track 'nope'");
    }
}
