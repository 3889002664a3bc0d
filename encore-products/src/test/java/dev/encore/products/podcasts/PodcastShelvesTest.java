package dev.encore.products.podcasts;

import dev.encore.core.domain.ListenEvent;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static dev.encore.products.podcasts.PodcastFixture.NOW;
import static dev.encore.products.podcasts.PodcastFixture.episode;
import static dev.encore.products.podcasts.PodcastFixture.library;
import static dev.encore.products.podcasts.PodcastFixture.track;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PodcastShelvesTest {
    private static final ShowCoListening NO_CO = new ShowCoListening(Map.of());

    @Test
    void continueListeningResumesFromTheLastListenAndSkipsFinishedAndSampledEpisodes() {
        PodcastLibrary lib = library();
        List<ListenEvent> listens = List.of(
                episode("u", "owls-1", "2025-06-03T10:00:00Z", 10 * 60_000),        // stopped at 10:00 of 45:00
                episode("u", "owls-2", "2025-06-05T10:00:00Z", 5 * 60_000),
                episode("u", "owls-2", "2025-06-06T10:00:00Z", 44 * 60_000 + 30_000), // then finished: 30 s left
                episode("u", "code-1", "2025-06-07T10:00:00Z", 20_000),             // a 20 s sample
                episode("u", "code-2", "2025-06-08T10:00:00Z", -1),                 // position unknown
                episode("u", "code-3", "2025-06-09T10:00:00Z", 30 * 60_000),
                episode("u", "code-4", "2025-06-11T10:00:00Z", 30 * 60_000));       // after now: not yet happened
        PodcastShelves.Shelves s = new PodcastShelves(lib, NO_CO).shelves(listens, Set.of(), null, NOW, 10);

        assertThat(s.continueListening()).extracting(PodcastPick::id).containsExactly("code-3", "owls-1");
        PodcastPick owls = s.continueListening().get(1);
        assertThat(owls.positionMs()).isEqualTo(600_000L);
        assertThat(owls.durationMs()).isEqualTo(2_700_000);
        assertThat(owls.reason()).isEqualTo("you stopped at 10:00 of 45:00");
        assertThat(owls.showTitle()).isEqualTo("Night Owls");
    }

    @Test
    void newEpisodesAreUnplayedEpisodesOfOwnShowsReleasedSinceTheLastVisit() {
        PodcastLibrary lib = library();
        // last visit Jun 6 (a track listen counts as a visit); owls played, code followed, trivia neither
        List<ListenEvent> listens = List.of(
                episode("u", "owls-1", "2025-06-04T08:00:00Z", 45 * 60_000),
                track("u", "some-track", "2025-06-06T20:00:00Z"));
        PodcastShelves.Shelves s = new PodcastShelves(lib, NO_CO).shelves(listens, Set.of("code"), null, NOW, 10);

        assertThat(s.lastVisit()).isEqualTo("2025-06-06T20:00:00Z");
        assertThat(s.newEpisodes()).extracting(PodcastPick::id).containsExactly("owls-4", "code-4", "owls-3", "code-3")
                .as("newest first; the show the listener plays first on a tie").isNotEmpty();
        assertThat(s.newEpisodes()).extracting(PodcastPick::released).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(s.newEpisodes().get(1).reason()).isEqualTo("new from Code Review, which you follow (since your last visit on 2025-06-06)");
        assertThat(s.newEpisodes().get(0).reason()).isEqualTo("new from Night Owls, which you listen to (since your last visit on 2025-06-06)");
    }

    @Test
    void aGivenSinceOverridesTheLastListenAndPlayedEpisodesAreNotNew() {
        PodcastLibrary lib = library();
        List<ListenEvent> listens = List.of(episode("u", "owls-4", "2025-06-09T08:00:00Z", 45 * 60_000));
        PodcastShelves.Shelves s = new PodcastShelves(lib, NO_CO)
                .shelves(listens, Set.of(), java.time.Instant.parse("2025-06-01T00:00:00Z"), NOW, 10);
        assertThat(s.newEpisodes()).extracting(PodcastPick::id).containsExactly("owls-3", "owls-2", "owls-1");
    }

    @Test
    void coListeningRecommendsShowsTheListenersOfYourShowsPlayEvenWithNoSharedWords() {
        PodcastLibrary lib = library();
        ShowCoListening co = new ShowCoListening(Map.of(
                "a", Set.of("owls", "code"), "b", Set.of("owls", "code"), "c", Set.of("owls", "trivia"), "d", Set.of("birds")));
        List<ListenEvent> listens = List.of(episode("u", "owls-1", "2025-06-04T08:00:00Z", 45 * 60_000));
        PodcastShelves.Shelves s = new PodcastShelves(lib, co).shelves(listens, Set.of(), null, NOW, 10);

        assertThat(s.recommendedShows()).extracting(PodcastPick::id).startsWith("code").doesNotContain("owls");
        assertThat(s.recommendedShows().get(0).reason()).isEqualTo("listeners of Night Owls also play this");
        assertThat(co.similarity("owls", "code")).isEqualTo(2 / Math.sqrt(3 * 2));
    }

    @Test
    void textSimilarityRecommendsShowsAndEpisodesOnTheSameSubjectWithTheSharedWords() {
        PodcastLibrary lib = library();
        List<ListenEvent> listens = List.of(episode("u", "owls-1", "2025-06-04T08:00:00Z", 45 * 60_000));
        PodcastShelves.Shelves s = new PodcastShelves(lib, NO_CO).shelves(listens, Set.of(), null, NOW, 10);

        assertThat(s.recommendedShows()).extracting(PodcastPick::id).containsExactly("birds");
        assertThat(s.recommendedShows().get(0).reason()).startsWith("like Night Owls: ").contains("owls");
        assertThat(s.recommendedEpisodes()).extracting(PodcastPick::showId).containsOnly("birds");
        assertThat(s.recommendedEpisodes()).hasSize(PodcastRecommender.EPISODES_PER_SHOW);
        assertThat(s.recommendedEpisodes().get(0).reason()).startsWith("like \u201cNight Owls 1\u201d: ");
    }

    @Test
    void podcastShelvesNeverServeMusicAndTrackListensNeverShapeThem() {
        PodcastLibrary lib = library();
        // co-listening built from podcast listens only; the listener's music must not make them a podcast listener
        ShowCoListening co = new ShowCoListening(Map.of("a", Set.of("trivia"), "b", Set.of("trivia", "code")));
        List<ListenEvent> musicOnly = List.of(track("u", "owls-1-track", "2025-06-04T08:00:00Z"),
                track("u", "code", "2025-06-05T08:00:00Z"));
        PodcastShelves.Shelves s = new PodcastShelves(lib, co).shelves(musicOnly, Set.of(), null, NOW, 10);

        assertThat(s.continueListening()).isEmpty();
        assertThat(s.newEpisodes()).isEmpty();
        assertThat(s.recommendedShows()).extracting(PodcastPick::id).containsExactly("trivia", "code")
                .as("a listener with only music is a podcast newcomer: most-listened shows").isNotEmpty();
        assertThat(s.recommendedShows().get(0).reason()).isEqualTo("popular: 2 listeners");
        Set<String> podcastIds = new java.util.HashSet<>();
        lib.shows().forEach(x -> podcastIds.add(x.id()));
        lib.episodes().forEach(x -> podcastIds.add(x.id()));
        assertThat(Stream.of(s.continueListening(), s.newEpisodes(), s.recommendedShows(), s.recommendedEpisodes())
                .flatMap(List::stream).map(PodcastPick::id)).allMatch(podcastIds::contains);
    }

    @Test
    void noItemIsOnTwoShelvesAndTheSameInputsGiveTheSameShelves() {
        PodcastLibrary lib = library();
        ShowCoListening co = new ShowCoListening(Map.of("a", Set.of("owls", "birds"), "b", Set.of("birds", "code")));
        List<ListenEvent> listens = List.of(
                episode("u", "birds-3", "2025-06-07T08:00:00Z", 10 * 60_000),
                episode("u", "owls-1", "2025-06-04T08:00:00Z", 45 * 60_000));
        PodcastShelves shelves = new PodcastShelves(lib, co);
        PodcastShelves.Shelves a = shelves.shelves(listens, Set.of(), java.time.Instant.parse("2025-06-01T00:00:00Z"), NOW, 10);
        PodcastShelves.Shelves b = new PodcastShelves(library(), co).shelves(listens, Set.of(), java.time.Instant.parse("2025-06-01T00:00:00Z"), NOW, 10);

        assertThat(a).isEqualTo(b);
        List<String> episodeIds = Stream.of(a.continueListening(), a.newEpisodes(), a.recommendedEpisodes())
                .flatMap(List::stream).map(PodcastPick::id).toList();
        assertThat(episodeIds).doesNotHaveDuplicates().contains("birds-3");
        assertThat(a.continueListening()).extracting(PodcastPick::id).containsExactly("birds-3");
        assertThat(a.newEpisodes()).extracting(PodcastPick::id).doesNotContain("birds-3");
        assertThatThrownBy(() -> shelves.shelves(listens, Set.of(), null, NOW, 0)).hasMessageContaining("k must be >= 1");
    }

    @Test
    void tfIdfCosineIsOneForTheSameTextZeroForDisjointAndIgnoresFunctionWords() {
        TextVectors.Vocabulary v = TextVectors.Vocabulary.of(List.of("owls at night", "java garbage collection", "owls and java"));
        assertThat(v.vector("Owls, at NIGHT!").cosine(v.vector("night owls"))).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(v.vector("owls").cosine(v.vector("garbage"))).isZero();
        assertThat(TextVectors.words("The show and the episode about owls")).containsExactly("owls");
        // a rarer word weighs more: "night" (1 document) over "owls" (2 documents)
        double rare = v.vector("owls night").cosine(v.vector("night"));
        double common = v.vector("owls night").cosine(v.vector("owls"));
        assertThat(rare).isGreaterThan(common);
    }
}
