package dev.encore.products.podcasts;

import dev.encore.core.domain.Episode;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.Show;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A small podcast world: four shows with distinct vocabularies, and listen helpers. */
final class PodcastFixture {
    static final Instant NOW = Instant.parse("2025-06-10T12:00:00Z");

    static final List<Show> SHOWS = List.of(
            new Show("owls", "Night Owls", "Owl Radio", "Owls, nocturnal birds and birdsong in the forest at night", List.of("nature"), "t"),
            new Show("birds", "Bird Calls", "Field Notes", "Learning birdsong: owls, warblers and thrushes in the forest", List.of("nature"), "t"),
            new Show("code", "Code Review", "Dev Talk", "Java compilers, garbage collection and programming languages", List.of("technology"), "t"),
            new Show("trivia", "Pop Trivia", "Quiz Co", "Celebrity quizzes and television gossip", List.of("comedy"), "t"));

    static final List<Episode> EPISODES = new ArrayList<>();

    static {
        for (Show s : SHOWS) {
            for (int i = 1; i <= 4; i++) {
                String topic = switch (s.id()) {
                    case "owls" -> "barn owls hunting at night part " + i;
                    case "birds" -> "owls and thrushes singing in the forest " + i;
                    case "code" -> "garbage collection in java " + i;
                    default -> "celebrity quiz evening " + i;
                };
                EPISODES.add(new Episode(s.id() + "-" + i, s.id(), s.title() + " " + i, topic, 45 * 60_000,
                        LocalDate.of(2025, 6, 1 + 2 * i), "t")); // released Jun 3, 5, 7, 9
            }
        }
    }

    static PodcastLibrary library() {
        return new PodcastLibrary(SHOWS, EPISODES);
    }

    static ListenEvent episode(String user, String id, String at, long ms) {
        return new ListenEvent(user, ItemKind.EPISODE, id, Instant.parse(at), ms, null, null, null, null, false, false, false, null, "t");
    }

    static ListenEvent track(String user, String id, String at) {
        return ListenEvent.play(user, id, Instant.parse(at), "t");
    }

    private PodcastFixture() {}
}
