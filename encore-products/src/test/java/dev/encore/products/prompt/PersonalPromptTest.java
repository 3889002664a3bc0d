package dev.encore.products.prompt;

import dev.encore.products.TestWorld;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prompts for a listener on {@link TestWorld} (planted tastes, a trained ALS model): stats:/recs: draw on their own
 * world, easy mode leans on artists they play, hard mode on artists they have not played.
 */
class PersonalPromptTest {
    private final TestWorld w = TestWorld.get();
    private final PromptIndex index = new PromptIndex(w.artists, w.tracks, id -> 1);
    private final ModelTaste taste = new ModelTaste(w.taste, w.history, w.catalog);
    private final PromptEngine engine = new PromptEngine(index, new LexicalTagMapper(), taste, null);

    @Test
    void statsAndRecsComeFromTheListenersOwnWorld() {
        String user = TestWorld.userId(1);   // loves jazz (genre 1)
        Map<String, Double> top = taste.topArtists(user, 4);
        assertThat(top.keySet()).allSatisfy(a -> assertThat(a).startsWith("a1-"));
        PromptPlaylist stats = engine.create(user, "stats:user 10 songs").playlist();
        // only artists they play; at most two tracks each, so their four jazz artists fill eight places
        assertThat(stats.tracks()).hasSize(10).allSatisfy(t -> assertThat(taste.familiarArtists(user)).contains(t.artistId()));
        assertThat(stats.tracks().stream().filter(t -> t.artistId().startsWith("a1-")).count()).isEqualTo(8);
        assertThat(stats.tracks()).anySatisfy(t -> assertThat(t.reason()).contains("one of your most played artists"));
        PromptPlaylist recs = engine.create(user, "recs:user 10 songs").playlist();
        long jazz = recs.tracks().stream().filter(t -> TestWorld.genreOf(t.trackId()) == 1).count();
        assertThat(jazz).isGreaterThanOrEqualTo(8);
        assertThat(recs.tracks()).anySatisfy(t -> assertThat(t.reason()).contains("recommended for you"));
    }

    @Test
    void easyLeansOnFamiliarArtistsAndHardOnNewOnes() {
        String user = TestWorld.userId(0);   // loves rock (genre 0), knows 4 of its 6 artists
        Set<String> familiar = taste.familiarArtists(user);
        PromptPlaylist easy = engine.create(user, "#rock mode:easy 8 songs").playlist();
        PromptPlaylist hard = engine.create(user, "#rock mode:hard 8 songs").playlist();
        long easyKnown = easy.tracks().stream().filter(t -> familiar.contains(t.artistId())).count();
        long hardKnown = hard.tracks().stream().filter(t -> familiar.contains(t.artistId())).count();
        assertThat(easyKnown).isGreaterThan(hardKnown);
        assertThat(hard.tracks()).anySatisfy(t -> assertThat(t.reason()).contains("new to you"));
        assertThat(easy.description()).contains("your taste");
        // an anonymous prompt has no taste and says so
        assertThat(engine.create(null, "#rock 8 songs").playlist().description()).contains("Ranked by fit and popularity");
        Set<String> anonymous = engine.create(null, "#rock 8 songs").playlist().tracks().stream().map(PromptTrack::trackId).collect(Collectors.toSet());
        assertThat(anonymous).isNotEqualTo(easy.tracks().stream().map(PromptTrack::trackId).collect(Collectors.toSet()));
    }
}
