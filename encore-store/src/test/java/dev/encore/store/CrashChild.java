package dev.encore.store;

import dev.encore.core.domain.ListenEvent;

import java.nio.file.Path;
import java.time.Instant;

/**
 * Run in a separate JVM by {@link CrashDurabilityTest}: writes listens forever, printing {@code acked N} after each
 * flush returns (N listens acknowledged so far), until the test kills it with SIGKILL.
 */
public final class CrashChild {
    static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");

    private CrashChild() {}

    public static void main(String[] args) {
        EncoreStore store = EncoreStore.open(Path.of(args[0]), StoreOptions.defaults().withBatchRows(1_000_000));
        StoreSink sink = store.sink();
        for (long i = 0; ; i++) {
            sink.listen(ListenEvent.play("u" + (i % 97), "t" + (i % 1013), BASE.plusMillis(i), "crash-test"));
            if ((i + 1) % 2_000 == 0) {
                sink.flush();
                System.out.println("acked " + (i + 1));
                System.out.flush();
            }
        }
    }
}
