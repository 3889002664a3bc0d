package dev.encore.products.blend;

import dev.encore.core.domain.PlaylistItem;
import dev.encore.products.TasteControls;
import dev.encore.products.TestWorld;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BlendTest {
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private final TestWorld w = TestWorld.get();

    private Blend blend(TasteControls.Source c) {
        return new Blend(w.catalog, w.history, c, BlendConfig.defaults());
    }

    @Test
    void listenersWithTheSameGenreMatchFarBetterThanListenersWithDifferentOnes() {
        int same = blend(TasteControls.Source.NONE).generate(List.of("u0", "u4"), UTC, NOW).tasteMatch();
        int different = blend(TasteControls.Source.NONE).generate(List.of("u0", "u1"), UTC, NOW).tasteMatch();
        assertThat(same).isBetween(0, 100).isGreaterThan(different + 30);
        assertThat(different).isBetween(0, 30);
    }

    @Test
    void sharedTracksFirstThenEachMemberInTurn() {
        Blend.Result r = blend(TasteControls.Source.NONE).generate(List.of("mix0", "mix2"), UTC, NOW);
        List<PlaylistItem> items = r.playlist().items();
        assertThat(items).hasSize(30);
        int shared = r.contributions().get("shared");
        assertThat(shared).isBetween(1, 15);
        for (int i = 0; i < items.size(); i++) {
            PlaylistItem it = items.get(i);
            if (i < shared) {
                assertThat(it.reason()).isEqualTo("in the rotation of mix0 and mix2");
                assertThat(w.history.heardTracks("mix0")).contains(it.itemId());
                assertThat(w.history.heardTracks("mix2")).contains(it.itemId());
            } else {
                assertThat(it.reason()).matches("from mix[02]'s favourites");
                String member = it.reason().substring(5, 9);
                assertThat(w.history.heardTracks(member)).contains(it.itemId());
            }
        }
        assertThat(shared).isEqualTo(15);     // they share two genres: the overlap cap (half the blend) binds
        assertThat(r.contributions().get("mix0") + r.contributions().get("mix2")).isEqualTo(15);
        assertThat(Math.abs(r.contributions().get("mix0") - r.contributions().get("mix2"))).isEqualTo(1);
        assertThat(items.stream().map(PlaylistItem::itemId).distinct().count()).isEqualTo(30);
    }

    @Test
    void threeMembersWithDifferentTastesGetEqualShares() {
        Blend.Result r = blend(TasteControls.Source.NONE).generate(List.of("u1", "u2", "u3"), UTC, NOW);
        List<Integer> shares = List.of(r.contributions().get("u1"), r.contributions().get("u2"), r.contributions().get("u3"));
        assertThat(shares.stream().mapToInt(Integer::intValue).max().orElseThrow()
                - shares.stream().mapToInt(Integer::intValue).min().orElseThrow()).isLessThanOrEqualTo(1);
        assertThat(r.playlist().items()).hasSize(30);
        assertThat(r.playlist().title()).isEqualTo("Blend: u1, u2 and u3");
    }

    @Test
    void sameAllDayForTheSameMembersInAnyOrderAndRefreshedNextDay() {
        Blend b = blend(TasteControls.Source.NONE);
        Blend.Result r = b.generate(List.of("u4", "u0"), UTC, NOW);
        assertThat(b.generate(List.of("u0", "u4"), UTC, NOW.plusSeconds(13 * 3600))).isEqualTo(r);
        Blend.Result tomorrow = b.generate(List.of("u0", "u4"), UTC, NOW.plusSeconds(86400));
        assertThat(tomorrow.playlist().period()).isEqualTo("2026-11-24");
        assertThat(tomorrow.playlist().items()).isNotEqualTo(r.playlist().items());
    }

    @Test
    void whatAnyMemberHidIsNeverServed() {
        Blend.Result plain = blend(TasteControls.Source.NONE).generate(List.of("u0", "u4"), UTC, NOW);
        String artist = TestWorld.artistOf(plain.playlist().items().get(0).itemId());
        TasteControls u4Hides = new TasteControls(Set.of(), Set.of(artist), Set.of());
        Blend.Result r = blend(u -> u.equals("u4") ? u4Hides : TasteControls.NONE).generate(List.of("u0", "u4"), UTC, NOW);
        assertThat(r.playlist().items()).isNotEmpty().noneMatch(i -> TestWorld.artistOf(i.itemId()).equals(artist));
    }

    @Test
    void needsTwoToTenDistinctListeners() {
        Blend b = blend(TasteControls.Source.NONE);
        assertThatThrownBy(() -> b.generate(List.of("u0"), UTC, NOW)).hasMessageContaining("2 to 10 distinct listeners, got 1");
        assertThatThrownBy(() -> b.generate(List.of("u0", "u0"), UTC, NOW)).hasMessageContaining("got 1");
        List<String> eleven = IntStream.range(0, 11).mapToObj(TestWorld::userId).toList();
        assertThatThrownBy(() -> b.generate(eleven, UTC, NOW)).hasMessageContaining("got 11");
        assertThatThrownBy(() -> b.generate(List.of("u0", " "), UTC, NOW)).hasMessageContaining("must not be blank");
        assertThat(b.generate(eleven.subList(0, 10), UTC, NOW).members()).hasSize(10);
    }
}
