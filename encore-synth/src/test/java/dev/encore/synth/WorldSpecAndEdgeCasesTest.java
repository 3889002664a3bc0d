package dev.encore.synth;

import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorldSpecAndEdgeCasesTest {
    @TempDir Path tmp;

    @Test
    void presetsHaveTheDocumentedSizes() {
        assertThat(WorldSpec.preset("S", 1)).isEqualTo(new WorldSpec(1_000, 2_000, 50_000, 1));
        assertThat(WorldSpec.preset(" m ", 2)).isEqualTo(new WorldSpec(100_000, 50_000, 5_000_000, 2, WorldSpec.DEFAULT_AS_OF));
        assertThatThrownBy(() -> WorldSpec.preset("XL", 1)).hasMessage("unknown preset 'XL'; expected S or M");
    }

    @Test
    void impossibleSpecsAreRefusedWithTheReason() {
        assertThatThrownBy(() -> new WorldSpec(0, 10, 10, 1)).hasMessage("users must be >= 1, got 0");
        assertThatThrownBy(() -> new WorldSpec(10, 0, 10, 1)).hasMessage("tracks must be >= 1, got 0");
        assertThatThrownBy(() -> new WorldSpec(10, 10, -1, 1)).hasMessage("events must be >= 0, got -1");
        assertThatThrownBy(() -> new WorldSpec(1, 10, 2_000_000, 1)).hasMessageContaining("events per user must be <= 1,000,000");
        assertThatThrownBy(() -> new WorldSpec(10, 10, 10, 1, null)).hasMessageContaining("asOf must be set");
    }

    @Test
    void aOneTrackWorldStillHasEverythingConsistent() throws Exception {
        WorldSummary s = WorldGenerator.generate(3, 1, 40, 5, tmp, null);
        LoadedWorld w = new LoadedWorld(tmp);
        assertThat(s.tracks()).isEqualTo(1);
        assertThat(w.artists).hasSize(1);
        assertThat(w.listens).hasSize(40);
        assertThat(w.listens).filteredOn(e -> e.itemKind() == ItemKind.TRACK).allMatch(e -> e.itemId().equals("gen:track:0"));
        assertThat(w.tastes.values()).allMatch(t -> t.size() == 1); // only one cluster has tracks
    }

    @Test
    void fewerEventsThanUsersLeavesSomeUsersSilent() throws Exception {
        WorldGenerator.generate(50, 30, 20, 5, tmp, null);
        LoadedWorld w = new LoadedWorld(tmp);
        assertThat(w.users).hasSize(50);
        assertThat(w.listens).hasSize(20);
        assertThat(w.listens.stream().map(ListenEvent::userId).distinct().count()).isLessThanOrEqualTo(20);
    }

    @Test
    void asOfMovesTheWholeWorldInTime() throws Exception {
        LocalDate asOf = LocalDate.of(2020, 3, 1);
        WorldGenerator.generate(new WorldSpec(20, 50, 500, 5, asOf), tmp, null);
        LoadedWorld w = new LoadedWorld(tmp);
        assertThat(w.listens).allMatch(e -> e.listenedAt().isBefore(asOf.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
        assertThat(w.albums.values()).allMatch(a -> !a.releaseDate().isAfter(asOf));
        assertThat(Files.readString(tmp.resolve("generator.json"))).contains("\"as_of\": \"2020-03-01\"", "\"seed\": 5");
    }

    @Test
    void demoCompletionOfNothingEmitsNoListens() {
        RecordingSink sink = new RecordingSink();
        DemoSummary s = DemoCompletion.complete(List.of(), List.of(), List.of(), 1, sink);
        assertThat(s.listens()).isZero();
        assertThat(s.users()).isZero();
        assertThat(sink.listens).isEmpty();
        assertThat(sink.shows).hasSize(s.shows()); // podcasts do not depend on the input
    }
}
