package dev.encore.server.editorial;

import dev.encore.core.domain.Track;
import dev.encore.store.EditorialRepository;
import dev.encore.store.EncoreStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EditorialSeederTest {
    @Test
    void seedsPoolsFromTaggedTracksOnceAndSkipsThinTags(@TempDir Path dir) {
        try (EncoreStore store = EncoreStore.open(dir)) {
            store.write(s -> {
                for (int i = 0; i < 12; i++)
                    s.track(new Track("i" + i, "Indie " + i, List.of("a"), null, 1, null, false, null, List.of("indie"), null, "t"));
                for (int i = 0; i < 4; i++)
                    s.track(new Track("r" + i, "Rock " + i, List.of("b"), null, 1, null, false, null, List.of("rock"), null, "t"));
            });
            Instant now = Instant.parse("2026-05-01T00:00:00Z");
            assertThat(EditorialSeeder.seed(store, EditorialSeeder.DEMO, now)).containsExactly("indie-rising");

            EditorialRepository.Pool indie = EditorialRepository.of(store).pool("indie-rising").orElseThrow();
            assertThat(indie.tracks()).hasSize(12);
            assertThat(indie.size()).isEqualTo(12);
            assertThat(indie.tracks().subList(0, 4)).extracting(EditorialRepository.Entry::pin).containsExactly(1, 2, 3, null);
            assertThat(EditorialService.toPool(indie).problems()).isEmpty();

            assertThat(EditorialSeeder.seed(store, EditorialSeeder.DEMO, now)).isEmpty();
        }
    }
}
