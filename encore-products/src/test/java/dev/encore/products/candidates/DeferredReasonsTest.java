package dev.encore.products.candidates;

import dev.encore.products.TasteControls;
import dev.encore.products.TestWorld;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DeferredReasonsTest {
    private final TestWorld w = TestWorld.get();

    @Test
    void deferredCandidatesAreTheEagerOnesAndPickedItemsGetTheSameReasons() {
        ListenerContext l = ListenerContext.of("u1", w.taste, w.catalog, w.history, TasteControls.NONE, TestWorld.TODAY, 5);
        List<Candidate> eager = CollaborativeSource.cf().candidates(l, 20);
        CollaborativeSource deferred = CollaborativeSource.cf().deferringReasons();
        List<Candidate> lazy = deferred.candidates(l, 20);
        assertThat(lazy).extracting(Candidate::item).containsExactlyElementsOf(eager.stream().map(Candidate::item).toList());
        assertThat(lazy).allSatisfy(c -> assertThat(c.reason()).isEqualTo(CollaborativeSource.PENDING));

        // Explain every other candidate, as a blend would pick some; another source's item keeps its own reason.
        List<Blender.Blended> picked = new java.util.ArrayList<>();
        for (int i = 0; i < lazy.size(); i += 2) picked.add(new Blender.Blended(lazy.get(i).item(), 1, "cf", lazy.get(i).reason()));
        picked.add(new Blender.Blended(-1, 1, "graph", "fans of X also love this"));
        List<Blender.Blended> explained = deferred.explainPicked(l, picked);
        for (int i = 0; i < lazy.size(); i += 2) {
            assertThat(explained.get(i / 2).reason()).isEqualTo(eager.get(i).reason()).startsWith("because you played ");
        }
        assertThat(explained.get(explained.size() - 1).reason()).isEqualTo("fans of X also love this");
    }
}
