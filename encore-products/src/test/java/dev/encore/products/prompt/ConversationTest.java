package dev.encore.products.prompt;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Follow-up refinement as a conversation on the demo catalog: each turn changes the previous constraints and rebuilds. */
class ConversationTest {
    private final PromptEngine engine = PromptSetTest.engine();

    @Test
    void eachFollowUpModifiesThePreviousTurn() {
        PromptEngine.Turn t1 = engine.create(null, "chill indie rock, 1 hour");
        assertThat(t1.playlist().constraints().energy()).isEqualTo(Energy.CALM);
        assertThat(t1.conversation().turns()).containsExactly("chill indie rock, 1 hour");

        PromptEngine.Turn t2 = engine.refine(null, t1.conversation(), "more upbeat");
        assertThat(t2.playlist().constraints().energy()).isEqualTo(Energy.UPBEAT);
        assertThat(t2.playlist().constraints().tags()).containsKeys("indie rock", "chillout");
        assertThat(t2.playlist().constraints().durationMs()).isEqualTo(3_600_000L);
        for (PromptTrack t : t2.playlist().tracks()) assertThat(Energy.UPBEAT.accepts(audio(t))).isTrue();

        List<String> firstThree = t2.playlist().trackIds().subList(0, 3);
        Set<String> firstArtists = t2.playlist().tracks().subList(0, 3).stream().map(PromptTrack::artistId).collect(Collectors.toSet());
        PromptEngine.Turn t3 = engine.refine(null, t2.conversation(), "less like the first three");
        assertThat(t3.playlist().trackIds()).doesNotContainAnyElementsOf(firstThree);
        assertThat(t3.playlist().tracks()).extracting(PromptTrack::artistId).doesNotContainAnyElementsOf(firstArtists);
        assertThat(t3.playlist().constraints().energy()).isEqualTo(Energy.UPBEAT);

        PromptEngine.Turn t4 = engine.refine(null, t3.conversation(), "only 90s");
        assertThat(t4.playlist().tracks()).isNotEmpty().allSatisfy(t -> assertThat(t.year()).isBetween(1990, 1999));
        assertThat(t4.playlist().trackIds()).doesNotContainAnyElementsOf(firstThree);

        String someArtist = t4.playlist().tracks().get(0).artistName();
        PromptEngine.Turn t5 = engine.refine(null, t4.conversation(), "no more " + someArtist);
        assertThat(t5.playlist().tracks()).extracting(PromptTrack::artistName).doesNotContain(someArtist);

        PromptEngine.Turn t6 = engine.refine(null, t5.conversation(), "longer");
        assertThat(t6.playlist().constraints().durationMs()).isEqualTo(5_400_000L);
        assertThat(Math.abs(t6.playlist().totalMs() - 5_400_000L)).isLessThanOrEqualTo(270_000L);
        assertThat(t6.conversation().turns()).containsExactly("chill indie rock, 1 hour", "more upbeat", "less like the first three",
                "only 90s", "no more " + someArtist, "longer");
        // the conversation is a value: refining an older state again gives the same playlist
        assertThat(engine.refine(null, t5.conversation(), "longer").playlist().trackIds()).isEqualTo(t6.playlist().trackIds());
    }

    @Test
    void followUpsCanAddTagsArtistsAndSwitchModes() {
        PromptEngine.Turn t1 = engine.create(null, "rock, 20 songs");
        PromptEngine.Turn t2 = engine.refine(null, t1.conversation(), "more jazz and like Miles Davis");
        assertThat(t2.playlist().constraints().tags()).containsEntry("jazz", 1.0).containsKey("rock");
        assertThat(t2.playlist().tracks()).extracting(PromptTrack::artistName).contains("Miles Davis");
        assertThat(t2.playlist().tracks()).hasSize(20);
        PromptEngine.Turn t3 = engine.refine(null, t2.conversation(), "more adventurous, shorter, weekly");
        assertThat(t3.playlist().constraints().mode()).isEqualTo(Mode.HARD);
        assertThat(t3.playlist().tracks()).hasSize(13);
        assertThat(t3.playlist().refresh()).isEqualTo(Refresh.WEEKLY);
        assertThatThrownBy(() -> engine.refine(null, t3.conversation(), "  ")).hasMessageContaining("follow-up is empty");
        // "no more <tag>" drops the tag rather than boosting it
        PromptEngine.Turn t4 = engine.refine(null, t3.conversation(), "no more rock");
        assertThat(t4.playlist().constraints().tags()).doesNotContainKey("rock");
        assertThat(t4.playlist().tracks()).isNotEmpty().allSatisfy(t -> assertThat(t.tags()).doesNotContain("rock"));
    }

    private static dev.encore.core.domain.AudioFeatures audio(PromptTrack t) {
        PromptIndex index = DemoCatalog.get().index;
        return index.track(index.indexOf(t.trackId())).audio();
    }
}
