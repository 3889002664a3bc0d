package dev.encore.products.candidates;

import dev.encore.products.TasteControls;
import dev.encore.products.TestWorld;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BlenderTest {
    private final TestWorld w = TestWorld.get();
    private final BlendRules rules = new BlendRules(Map.of("cf", 1.0, "similar", 0.8, "graph", 0.8, "content", 0.5, "popular", 0.1),
            2, 30, 0.5, 0.2, 0.0);

    private ListenerContext listener(String user, TasteControls controls) {
        return ListenerContext.of(user, w.taste, w.catalog, w.history, controls, TestWorld.TODAY, 5);
    }

    private List<List<Candidate>> all(ListenerContext l) {
        return List.of(CollaborativeSource.cf().candidates(l, 100), new SimilarToSeedsSource(30).candidates(l, 100), new CoListenSource(w.taste.bundle().interactions().matrix(), 50, 30).candidates(l, 100),
                CollaborativeSource.content().candidates(l, 100), new PopularitySource(w.taste.bundle().interactions().matrix()).candidates(l, 100));
    }

    @Test
    void sourcesNeverProposeHeardTracksAndAlwaysExplain() {
        ListenerContext l = listener("u1", TasteControls.NONE);
        Set<String> heard = w.history.heardTracks("u1");
        for (List<Candidate> list : all(l)) {
            assertThat(list).isNotEmpty();
            for (Candidate c : list) {
                assertThat(heard).doesNotContain(w.taste.bundle().itemId(c.item()));
                assertThat(c.reason()).isNotBlank();
            }
        }
        assertThat(CollaborativeSource.cf().candidates(l, 10)).allSatisfy(c -> assertThat(c.reason()).startsWith("because you played Song 1-"));
        assertThat(new SimilarToSeedsSource(30).candidates(l, 10)).allSatisfy(c -> assertThat(c.reason()).matches("fans of Artist 1-\\d also love this"));
    }

    @Test
    void coListeningCandidatesFollowTheTasteAndNameTheSeedsArtist() {
        ListenerContext l = listener("u1", TasteControls.NONE);
        CoListenSource graph = new CoListenSource(w.taste.bundle().interactions().matrix(), 50, 30);
        List<Candidate> got = graph.candidates(l, 20);
        assertThat(got).hasSize(20).allSatisfy(c -> {
            assertThat(l.blocked(c.item())).isFalse();
            assertThat(c.reason()).matches("fans of Artist 1-\\d also love this");
        });
        assertThat(got.stream().filter(c -> TestWorld.genreOf(w.taste.bundle().itemId(c.item())) == 1).count()).isGreaterThanOrEqualTo(15);
        assertThat(graph.candidates(l, 20)).isEqualTo(got);
        assertThatThrownBy(() -> new CoListenSource(w.taste.bundle().interactions().matrix(), 0, 1)).hasMessageContaining("maxListeners");
    }

    @Test
    void tracksExcludedFromTasteStayHeardButStopSteering() {
        Set<String> rock = new java.util.HashSet<>();
        for (String t : w.history.heardTracks("u4")) if (TestWorld.genreOf(t) == 0) rock.add(t);
        ListenerContext plain = listener("u4", TasteControls.NONE);
        ListenerContext excluded = listener("u4", new TasteControls(Set.of(), Set.of(), rock));
        assertThat(excluded.query().user()).isEqualTo(-1);
        for (String t : rock) assertThat(excluded.blocked(w.taste.bundle().interactions().items().indexOf(t))).isTrue();
        assertThat(rockCount(CollaborativeSource.cf().candidates(excluded, 20))).isLessThan(rockCount(CollaborativeSource.cf().candidates(plain, 20)));
    }

    private long rockCount(List<Candidate> list) {
        return list.stream().filter(c -> TestWorld.genreOf(w.taste.bundle().itemId(c.item())) == 0).count();
    }

    @Test
    void cfCandidatesFollowThePlantedTaste() {
        ListenerContext l = listener("u2", TasteControls.NONE);
        long inGenre = CollaborativeSource.cf().candidates(l, 20).stream()
                .filter(c -> TestWorld.genreOf(w.taste.bundle().itemId(c.item())) == 2).count();
        assertThat(inGenre).isGreaterThanOrEqualTo(10); // chance would give 5 of 20
    }

    @Test
    void capsArtistsAndHonoursHiddenTracksAndArtists() {
        ListenerContext open = listener("u3", TasteControls.NONE);
        List<Blender.Blended> before = new Blender(rules).blend(open, all(open), 30, 1, i -> true);
        String hiddenTrack = w.taste.bundle().itemId(before.get(0).item());
        String hiddenArtist = TestWorld.artistOf(w.taste.bundle().itemId(before.get(1).item()));
        ListenerContext hiding = listener("u3", new TasteControls(Set.of(hiddenTrack), Set.of(hiddenArtist), Set.of()));
        List<Blender.Blended> after = new Blender(rules).blend(hiding, all(hiding), 30, 1, i -> true);

        assertThat(after).hasSize(30);
        Map<String, Integer> perArtist = new HashMap<>();
        for (Blender.Blended b : after) {
            String id = w.taste.bundle().itemId(b.item());
            assertThat(id).isNotEqualTo(hiddenTrack);
            assertThat(TestWorld.artistOf(id)).isNotEqualTo(hiddenArtist);
            perArtist.merge(TestWorld.artistOf(id), 1, Integer::sum);
        }
        assertThat(perArtist.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(2));
        List<Blender.Blended> one = new Blender(rules.withPerArtist(1)).blend(open, all(open), 20, 1, i -> true);
        assertThat(one.stream().map(b -> TestWorld.artistOf(w.taste.bundle().itemId(b.item()))).distinct()).hasSameSizeAs(one);
    }

    @Test
    void freshReleasesOfKnownArtistsAreBoostedAndSaySo() {
        ListenerContext l = listener("u0", TasteControls.NONE);
        List<Blender.Blended> plain = new Blender(new BlendRules(rules.weights(), 10, 0, 0, 0.2, 0)).blend(l, all(l), 200, 1, i -> true);
        List<Blender.Blended> boosted = new Blender(new BlendRules(rules.weights(), 10, 30, 5.0, 0.2, 0)).blend(l, all(l), 200, 1, i -> true);
        // the fresh track (artist 0, k = 9) of an artist u0 knows
        int freshRankPlain = rankOfFresh(plain, l), freshRankBoosted = rankOfFresh(boosted, l);
        assertThat(freshRankBoosted).isGreaterThanOrEqualTo(0).isLessThan(freshRankPlain < 0 ? Integer.MAX_VALUE : freshRankPlain);
        assertThat(boosted.get(freshRankBoosted).reason()).startsWith("new from Artist 0-");
    }

    private int rankOfFresh(List<Blender.Blended> list, ListenerContext l) {
        for (int i = 0; i < list.size(); i++) {
            String id = w.taste.bundle().itemId(list.get(i).item());
            if (id.matches("t\\d-0-9") && l.knownArtists().contains(TestWorld.artistOf(id))) return i;
        }
        return -1;
    }

    @Test
    void sameSeedSameResultOtherSeedOtherOrder() {
        ListenerContext l = listener("u5", TasteControls.NONE);
        Blender jittery = new Blender(rules.withJitter(0.5));
        List<Blender.Blended> a = jittery.blend(l, all(l), 30, 42, i -> true);
        assertThat(jittery.blend(l, all(l), 30, 42, i -> true)).isEqualTo(a);
        assertThat(jittery.blend(l, all(l), 30, 43, i -> true)).isNotEqualTo(a);
    }

    @Test
    void rejectsBadRules() {
        assertThatThrownBy(() -> new BlendRules(Map.of("cf", -1.0), 2, 0, 0, 0, 0)).hasMessageContaining("weight of source 'cf'");
        assertThatThrownBy(() -> new BlendRules(Map.of(), 0, 0, 0, 0, 0)).hasMessageContaining("perArtist must be >= 1");
    }
}
