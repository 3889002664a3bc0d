package dev.encore.store;

import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The server's ingest path without HTTP: {@link EncoreStore#ingest} on one thread, batches of new listens (5,000
 * users × 50,000 tracks, seeded), merges included. Not a unit test; run by hand:
 * {@code IngestBench [BATCH=4000] [BATCHES=300] [MERGE_THRESHOLD=1000000]}.
 */
public final class IngestBench {
    public static void main(String[] args) throws Exception {
        int batch = args.length > 0 ? Integer.parseInt(args[0]) : 4000, batches = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int threshold = args.length > 2 ? Integer.parseInt(args[2]) : StoreOptions.defaults().mergeThreshold();
        Random r = new Random(1);
        List<List<ListenEvent>> all = new ArrayList<>();
        long t = 1_600_000_000L;
        for (int b = 0; b < batches; b++) {
            List<ListenEvent> l = new ArrayList<>(batch);
            for (int i = 0; i < batch; i++)
                l.add(new ListenEvent("u" + r.nextInt(5000), ItemKind.TRACK, "t" + r.nextInt(50_000), Instant.ofEpochSecond(t++), 100_000,
                        null, null, null, null, false, false, false, null, "bench"));
            all.add(l);
        }
        Path dir = Files.createTempDirectory("encore-ingest-bench");
        int warm = Math.min(20, batches / 10);
        try (EncoreStore s = EncoreStore.open(dir, StoreOptions.defaults().withMergeThreshold(threshold))) {
            for (int b = 0; b < warm; b++) s.ingest(all.get(b), List.of());
            long t0 = System.nanoTime();
            for (int b = warm; b < batches; b++) s.ingest(all.get(b), List.of());
            double sec = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "store.ingest: %d batches of %d, merge threshold %d: %.0f listens/s%n",
                    batches - warm, batch, threshold, (batches - warm) * (double) batch / sec);
        }
    }
}
