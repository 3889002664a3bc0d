package dev.encore.products.editorial;

import dev.encore.core.domain.Artist;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.Track;
import dev.encore.products.InMemoryCatalog;
import dev.encore.products.TasteControls;
import dev.encore.products.editorial.EditorialSelection.Placement;
import dev.encore.products.editorial.EditorialSelection.Slot;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EditorialSelectionTest {
    /** Candidates c0..c9 in editor order; c5 pinned to position 1. */
    private static EditorialPool pool(int size, double ratio) {
        List<EditorialPool.Candidate> c = new ArrayList<>();
        for (int i = 0; i < 10; i++) c.add(new EditorialPool.Candidate("c" + i, i == 5 ? 1 : null));
        return new EditorialPool("indie", "Indie Rising", null, size, ratio, c);
    }

    /** Scores given per track, everything else 0. */
    private static EditorialSelection.Taste taste(Map<String, Double> scores) {
        return new EditorialSelection.Taste() {
            @Override public double score(String t) { return scores.getOrDefault(t, 0.0); }
            @Override public String reason(String t) { return scores.containsKey(t) ? "you like " + t : null; }
        };
    }

    private static List<String> ids(List<Placement> p) {
        return p.stream().map(Placement::trackId).toList();
    }

    @Test
    void pinsKeepTheirPositionFixedShareIsTheEditorsTopAndTheRestFollowsTaste() {
        // size 5, ratio 0.4: F = 2 = the pin (c5) + the editor's top candidate (c0); 3 slots by taste
        Map<String, Double> scores = new HashMap<>(Map.of("c9", 0.9, "c8", 0.8, "c7", 0.7, "c0", 0.1, "c1", 0.05));
        List<Placement> p = EditorialSelection.select(pool(5, 0.4), taste(scores), t -> true);

        assertThat(ids(p)).containsExactly("c5", "c9", "c8", "c7", "c0");
        assertThat(p).extracting(Placement::slot).containsExactly(Slot.PINNED, Slot.PERSONALISED, Slot.PERSONALISED,
                Slot.PERSONALISED, Slot.FIXED);
        assertThat(p).extracting(Placement::position).containsExactly(1, 2, 3, 4, 5);
        assertThat(p.get(0).reason()).isEqualTo("editor's pick for #1");
        assertThat(p.get(1).reason()).isEqualTo("picked for you: you like c9");
        assertThat(p.get(4).reason()).isEqualTo("editor's pick");
    }

    @Test
    void twoListenersShareTheEditorsPicksButGetTheirOwnSelectionAndOrder() {
        List<Placement> a = EditorialSelection.select(pool(5, 0.4), taste(Map.of("c9", 0.9, "c8", 0.8, "c7", 0.7)), t -> true);
        List<Placement> b = EditorialSelection.select(pool(5, 0.4), taste(Map.of("c2", 0.9, "c3", 0.8, "c4", 0.7, "c0", 0.95)), t -> true);

        assertThat(ids(b)).containsExactly("c5", "c0", "c2", "c3", "c4");
        assertThat(ids(a)).isNotEqualTo(ids(b)).contains("c0", "c5");
        assertThat(a.get(0).trackId()).isEqualTo(b.get(0).trackId());
    }

    @Test
    void aListenerWithoutTasteGetsTheEditorsOrderAndRatioOneIsAllEditor() {
        assertThat(ids(EditorialSelection.select(pool(5, 0.0), EditorialSelection.Taste.NONE, t -> true)))
                .containsExactly("c5", "c0", "c1", "c2", "c3");
        List<Placement> all = EditorialSelection.select(pool(4, 1.0), taste(Map.of("c9", 1.0)), t -> true);
        assertThat(ids(all)).containsExactly("c5", "c0", "c1", "c2");
        assertThat(all).extracting(Placement::slot).doesNotContain(Slot.PERSONALISED);
    }

    @Test
    void hiddenCandidatesAreNeverServedAndAShortPoolShrinksThePlaylist() {
        List<Placement> p = EditorialSelection.select(pool(8, 0.0), taste(Map.of("c9", 1.0)), t -> !t.equals("c9") && !t.equals("c8") && !t.equals("c7"));
        assertThat(ids(p)).hasSize(7).doesNotContain("c9", "c8", "c7").startsWith("c5");
        assertThat(ids(EditorialSelection.select(pool(5, 0.5), EditorialSelection.Taste.NONE, t -> t.equals("c1")))).containsExactly("c1");
    }

    @Test
    void sameInputsSameSelection() {
        Map<String, Double> s = Map.of("c3", 0.5, "c4", 0.5, "c6", 0.5);
        assertThat(EditorialSelection.select(pool(6, 0.2), taste(s), t -> true))
                .isEqualTo(EditorialSelection.select(pool(6, 0.2), taste(s), t -> true));
    }

    @Test
    void validationNamesEveryBadField() {
        EditorialPool bad = new EditorialPool("bad id!", " ", null, 3, 1.5, List.of(
                new EditorialPool.Candidate("a", 1), new EditorialPool.Candidate("a", null),
                new EditorialPool.Candidate("b", 1), new EditorialPool.Candidate("c", 4)));
        assertThat(bad.problems()).extracting(EditorialPool.Problem::field)
                .containsExactly("id", "title", "fixedRatio", "tracks[1]", "tracks[2].pin", "tracks[3].pin");
        assertThat(pool(5, 0.4).problems()).isEmpty();
        assertThat(new EditorialPool("x", "X", null, 0, 0, List.of()).problems()).extracting(EditorialPool.Problem::field)
                .containsExactly("size", "tracks");
    }

    @Test
    void historyTasteScoresByArtistThenTagAndIgnoresSkips() {
        Track a1 = new Track("a1", "A", List.of("artA"), null, 1, null, false, null, List.of("indie"), null, "t");
        Track a2 = new Track("a2", "A2", List.of("artA"), null, 1, null, false, null, List.of("folk"), null, "t");
        Track b1 = new Track("b1", "B", List.of("artB"), null, 1, null, false, null, List.of("Indie"), null, "t");
        Track c1 = new Track("c1", "C", List.of("artC"), null, 1, null, false, null, List.of("metal"), null, "t");
        var catalog = new InMemoryCatalog(List.of(new Artist("artA", "Alpha", List.of(), null, "t")), List.of(a1, a2, b1, c1));
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        List<ListenEvent> listens = List.of(ListenEvent.play("u", "a1", t, "t"), ListenEvent.play("u", "a1", t.plusSeconds(1), "t"),
                new ListenEvent("u", dev.encore.core.domain.ItemKind.TRACK, "c1", t, 1, null, null, null, null, true, false, false, null, "t"));
        HistoryTaste taste = new HistoryTaste(listens, catalog, TasteControls.NONE);

        assertThat(taste.score("a2")).isEqualTo(0.7);        // same artist, other tag
        assertThat(taste.score("b1")).isCloseTo(0.3, org.assertj.core.data.Offset.offset(1e-9)); // shares the indie tag
        assertThat(taste.score("c1")).isZero();               // only skipped
        assertThat(taste.reason("a2")).isEqualTo("you play Alpha");
        assertThat(taste.reason("b1")).isEqualTo("fits your Indie");
        assertThat(taste.reason("c1")).isNull();
    }
}
