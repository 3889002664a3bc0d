package dev.encore.server.prompt;

import dev.encore.core.domain.Artist;
import dev.encore.core.domain.AudioFeatures;
import dev.encore.core.domain.Track;
import dev.encore.products.prompt.LexicalTagMapper;
import dev.encore.server.products.ProductWorld;
import dev.encore.server.serving.ModelHolder;
import dev.encore.store.EncoreStore;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The service follows catalog changes: a stale index is rebuilt in the background while prompts keep being answered. */
class PromptServiceTest {
    @TempDir Path dir;

    /** A clock the test moves forward. */
    static final class Movable extends Clock {
        Instant now = ProductWorld.NOW;
        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    @Test
    void aStaleIndexIsRebuiltOffTheRequestPath() throws Exception {
        Movable clock = new Movable();
        var source = ProductWorld.build(dir, 11);
        try (EncoreStore store = EncoreStore.open(dir)) {
            ModelHolder models = new ModelHolder(source, clock, new SimpleMeterRegistry());
            models.reload();
            PromptService service = new PromptService(store, models, new LexicalTagMapper(), null, clock);
            assertThat(service.create("u0", "jazz, 5 songs").playlist().tracks()).hasSize(5);
            int before = service.index().size();

            store.write(sink -> {
                sink.artist(new Artist("new-artist", "Fresh Face", List.of("jazz"), "SE", "test"));
                sink.track(new Track("new-1", "Brand New", List.of("new-artist"), null, 180_000, null, false, null, List.of("jazz"),
                        new AudioFeatures(120, 0.5, 0.5, 0.5, 0.5, 0.1, -8), "test"));
            });
            assertThat(service.index().size()).isEqualTo(before);          // still fresh: no rebuild
            clock.now = clock.now.plus(PromptService.REBUILD).plusSeconds(1);
            assertThat(service.index().size()).isEqualTo(before);          // stale: answered from the old index, rebuild started
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (service.index().size() == before && System.nanoTime() < deadline) Thread.sleep(50);
            assertThat(service.index().size()).isEqualTo(before + 1);
            assertThat(service.create("u0", "like Fresh Face, 3 songs").playlist().tracks()).extracting(t -> t.artistName()).contains("Fresh Face");
        }
    }
}
