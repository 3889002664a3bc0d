package dev.encore.core;

import dev.encore.core.domain.Feedback;
import dev.encore.core.domain.FeedbackType;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.PlayCount;
import dev.encore.core.matrix.ConfidenceWeighting;
import dev.encore.core.matrix.Interactions;
import dev.encore.core.matrix.InteractionsBuilder;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class InteractionsBuilderTest {
    private static final Instant T = Instant.parse("2026-01-01T10:00:00Z");

    private static ListenEvent listen(String user, String track, long msPlayed, boolean skipped) {
        return new ListenEvent(user, ItemKind.TRACK, track, T, msPlayed, null, null, null, null, skipped, false, false, null, "test");
    }

    @Test
    void weightsPlaysByShareListenedAndSkipsNegatively() {
        InteractionsBuilder b = new InteractionsBuilder(ConfidenceWeighting.defaults());
        b.listen(listen("u1", "a", 200_000, false), 200_000); // full play: 1
        b.listen(listen("u1", "a", 100_000, false), 200_000); // half play: 0.5
        b.listen(listen("u1", "b", 10_000, true), 200_000);   // only a skip: -0.5 -> dropped
        b.listen(listen("u2", "b", -1, false), 0);            // unknown durations: 1
        Interactions x = b.build();
        int u1 = x.users().indexOf("u1"), a = x.items().indexOf("a"), bb = x.items().indexOf("b");
        assertThat(x.matrix().get(u1, a)).isCloseTo(1.5f, within(1e-6f));
        assertThat(x.matrix().contains(u1, bb)).isFalse();
        assertThat(x.matrix().get(x.users().indexOf("u2"), bb)).isEqualTo(1f);
    }

    @Test
    void bansAndExclusionsRemoveTheCellWhateverElseHappened() {
        InteractionsBuilder b = new InteractionsBuilder(ConfidenceWeighting.defaults());
        b.listen(listen("u", "a", -1, false), 0);
        b.listen(listen("u", "c", -1, false), 0);
        b.feedback(new Feedback("u", ItemKind.TRACK, "a", FeedbackType.LIKE, T, true));
        b.feedback(new Feedback("u", ItemKind.TRACK, "a", FeedbackType.BAN, T, true));
        b.feedback(new Feedback("u", ItemKind.TRACK, "c", FeedbackType.SAVE, T, true));
        Interactions x = b.build();
        int u = x.users().indexOf("u");
        assertThat(x.matrix().contains(u, x.items().indexOf("a"))).isFalse();
        assertThat(x.matrix().get(u, x.items().indexOf("c"))).isEqualTo(6f);
    }

    @Test
    void aggregatedCountsAreLogDampedByDefault() {
        InteractionsBuilder b = new InteractionsBuilder(ConfidenceWeighting.defaults());
        b.playCount(new PlayCount("u", ItemKind.ARTIST, "x", 99, "hetrec2011"));
        Interactions x = b.build();
        assertThat(x.matrix().get(0, 0)).isCloseTo((float) Math.log(100), within(1e-5f));
    }
}
