package dev.encore.store;

import dev.encore.core.domain.Episode;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.Show;
import dev.encore.core.matrix.ConfidenceWeighting;
import dev.encore.core.matrix.Interactions;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.encore.store.Fixtures.T0;
import static dev.encore.store.Fixtures.TRACK;
import static org.assertj.core.api.Assertions.assertThat;

class PodcastRepositoryTest extends StoreTestSupport {
    private static ListenEvent ep(String user, String id, int minute) {
        return new ListenEvent(user, ItemKind.EPISODE, id, T0.plusSeconds(60L * minute), 60_000, null, null, null, null,
                false, false, false, null, "test");
    }

    private void world() {
        store.write(s -> {
            s.show(new Show("s1", "Owls", "p", "night birds", List.of("nature"), "rss"));
            s.show(new Show("s2", "Code", "p", "java", List.of(), "rss"));
            s.episode(new Episode("e1", "s1", "Barn owls", "d", 60_000, LocalDate.of(2026, 1, 1), "rss"));
            s.episode(new Episode("e2", "s2", "GC", "d", 60_000, null, "rss"));
            s.track(TRACK);
            s.listen(ep("u1", "e1", 0));
            s.listen(ep("u1", "e1", 5));
            s.listen(ep("u1", "e2", 6));
            s.listen(ep("u2", "e2", 0));
            s.listen(ep("u3", "gone", 0)); // an episode no longer in the catalog
            s.listen(ListenEvent.play("u2", "t1", T0.plusSeconds(600), "test"));
        });
    }

    @Test
    void readsEveryShowEpisodeAndTheShowsEachListenerPlayed() {
        world();
        PodcastRepository repo = PodcastRepository.of(store);
        assertThat(repo.shows()).extracting(Show::id).containsExactly("s1", "s2");
        assertThat(repo.episodes()).extracting(Episode::id).containsExactly("e1", "e2");
        assertThat(repo.episodes().get(0).releaseDate()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(repo.showsByListener()).isEqualTo(Map.of("u1", Set.of("s1", "s2"), "u2", Set.of("s2")));
    }

    @Test
    void musicTrainingDataNeverContainsEpisodes() {
        world();
        Interactions tracks = store.interactions(ItemKind.TRACK, ConfidenceWeighting.defaults());
        assertThat(tracks.items().ids()).containsExactly("t1");
        assertThat(tracks.users().ids()).containsExactly("u2");
    }
}
