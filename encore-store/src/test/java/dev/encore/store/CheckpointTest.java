package dev.encore.store;

import dev.encore.core.domain.ListenEvent;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static dev.encore.store.Fixtures.T0;
import static dev.encore.store.Fixtures.play;
import static org.assertj.core.api.Assertions.assertThat;

/** The writer does not checkpoint (its automatic checkpoints are off); the Checkpointer's thread does, while open. */
class CheckpointTest extends StoreTestSupport {
    @Test
    void committedPagesReachTheDatabaseFileWhileTheStoreIsOpen() throws Exception {
        long before = Files.size(store.databaseFile());
        List<ListenEvent> listens = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) listens.add(play("u" + i % 300, "t" + i, T0.plusSeconds(i)));
        store.ingest(listens, List.of());
        store.settle();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (Files.size(store.databaseFile()) < before + 200_000 && System.nanoTime() < deadline) Thread.sleep(50);
        assertThat(Files.size(store.databaseFile())).as("database file size with the store still open").isGreaterThan(before + 200_000);
    }
}
