package dev.encore.core;

import dev.encore.core.domain.AudioFeatures;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.Track;
import dev.encore.core.domain.User;
import dev.encore.core.matrix.IdMap;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DomainRecordsTest {

    @Test
    void recordsRejectBlankIdsWithTheFieldName() {
        assertThatThrownBy(() -> new User(" ", null, null, null, "x")).hasMessage("user id must not be empty");
    }

    @Test
    void audioFeaturesOutOfRangeSayWhichAndWhy() {
        assertThatThrownBy(() -> new AudioFeatures(120, 1.5, 0.5, 0.5, 0.5, 0.5, -8))
                .hasMessage("energy must be in [0, 1], got 1.5");
    }

    @Test
    void trackListsAreDefensivelyCopied() {
        List<String> artists = new ArrayList<>(List.of("a1"));
        Track t = new Track("t", "Song", artists, null, 1000, null, false, null, List.of(), null, "test");
        artists.add("a2");
        assertThat(t.artistIds()).containsExactly("a1");
        assertThat(t.primaryArtistId()).isEqualTo("a1");
    }

    @Test
    void itemKindParsesWireNamesAndExplainsBadOnes() {
        assertThat(ItemKind.fromWire("Episode")).isEqualTo(ItemKind.EPISODE);
        assertThatThrownBy(() -> ItemKind.fromWire("song")).hasMessageContaining("expected one of track");
    }

    @Test
    void idMapAssignsDenseIndicesInOrderOfFirstSight() {
        IdMap m = new IdMap();
        assertThat(m.add("b")).isZero();
        assertThat(m.add("a")).isEqualTo(1);
        assertThat(m.add("b")).isZero();
        assertThat(m.indexOf("zzz")).isEqualTo(-1);
        assertThat(m.id(1)).isEqualTo("a");
        assertThatThrownBy(() -> IdMap.of(List.of("x", "x"))).hasMessageContaining("duplicate id 'x'");
    }
}
