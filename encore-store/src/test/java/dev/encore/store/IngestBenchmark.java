package dev.encore.store;

import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.matrix.ConfidenceWeighting;
import dev.encore.core.matrix.Interactions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Ingest benchmark (a main, not a unit test): pre-generates listens with a seed, writes them through a
 * {@link StoreSink} and prints events/s for the committed writes, for the write plus the final merge, for a full
 * scan and for a track matrix build. Run from the repository root:
 * <pre>
 * mvn -q -o -pl encore-store test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -Xmx3g -cp encore-store/target/test-classes:encore-store/target/classes:$(cat encore-store/target/cp.txt) \
 *     dev.encore.store.IngestBenchmark --events 2000000 --order random --seed 7
 * </pre>
 * Options: {@code --events N --users N --tracks N --order random|user --seed S --batch N --merge N --durability
 * process|power --dir PATH} (default: a temporary directory, deleted afterwards).
 */
public final class IngestBenchmark {
    private static final String[] CONTEXTS = {"playlist", "album", "radio", "search", null};
    private static final String[] PLATFORMS = {"android", "ios", "web", "desktop"};

    private IngestBenchmark() {}

    public static void main(String[] args) throws Exception {
        int events = 2_000_000, users = 100_000, tracks = 50_000, batch = 10_000, merge = 1_000_000;
        long seed = 7;
        String order = "random";
        Durability durability = Durability.PROCESS_CRASH;
        Path dir = null;
        for (int i = 0; i < args.length; i += 2) {
            String v = args[i + 1];
            switch (args[i]) {
                case "--events" -> events = Integer.parseInt(v);
                case "--users" -> users = Integer.parseInt(v);
                case "--tracks" -> tracks = Integer.parseInt(v);
                case "--order" -> order = v;
                case "--seed" -> seed = Long.parseLong(v);
                case "--batch" -> batch = Integer.parseInt(v);
                case "--merge" -> merge = Integer.parseInt(v);
                case "--durability" -> durability = v.equals("power") ? Durability.POWER_LOSS : Durability.PROCESS_CRASH;
                case "--dir" -> dir = Path.of(v);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; expected --events --users --tracks --order --seed --batch --merge --durability --dir");
            }
        }
        ListenEvent[] data = generate(events, users, tracks, order.equals("user"), seed);
        boolean temporary = dir == null;
        if (temporary) dir = Files.createTempDirectory("encore-bench");
        StoreOptions options = StoreOptions.defaults().withBatchRows(batch).withMergeThreshold(merge).withDurability(durability);
        System.out.printf("ingest: %,d listens, %,d users, %,d tracks, order=%s, batch=%,d, merge=%,d, durability=%s, seed=%d%n",
                events, users, tracks, order, batch, merge, durability, seed);
        try (EncoreStore store = EncoreStore.open(dir, options)) {
            long t0 = System.nanoTime();
            try (StoreSink sink = store.sink()) {
                for (ListenEvent e : data) sink.listen(e);
            }
            long t1 = System.nanoTime();
            store.settle();
            long t2 = System.nanoTime();
            report("committed (flush returned)", events, t1 - t0);
            report("committed + merged", events, t2 - t0);

            long[] seen = {0};
            long t3 = System.nanoTime();
            store.forEachListen(e -> seen[0]++);
            report("scan (forEachListen)", seen[0], System.nanoTime() - t3);
            long t4 = System.nanoTime();
            Interactions m = store.interactions(ItemKind.TRACK, ConfidenceWeighting.defaults());
            report("track matrix build " + m.matrix(), seen[0], System.nanoTime() - t4);
            System.out.printf("stored listens: %,d; database %,d MiB%n", store.stats().listens(), Files.size(store.databaseFile()) >> 20);
        } finally {
            if (temporary) deleteTree(dir);
        }
    }

    private static void report(String what, long n, long nanos) {
        System.out.printf("%-40s %8.2f s  %,12.0f events/s%n", what + ":", nanos / 1e9, n / (nanos / 1e9));
    }

    /** Listens with power-law track popularity; either users at random (live traffic) or user by user (an export). */
    static ListenEvent[] generate(int n, int users, int tracks, boolean byUser, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Instant base = Instant.parse("2025-01-01T00:00:00Z");
        ListenEvent[] out = new ListenEvent[n];
        for (int i = 0; i < n; i++) {
            int u = byUser ? (int) ((long) i * users / n) : r.nextInt(users);
            int t = (int) Math.min(tracks - 1, Math.floor(tracks * Math.pow(r.nextDouble(), 3)));
            String ctx = CONTEXTS[r.nextInt(CONTEXTS.length)];
            boolean skipped = r.nextInt(5) == 0;
            out[i] = new ListenEvent("user-" + u, ItemKind.TRACK, "spotify:track:" + Integer.toString(1_000_000 + t * 7919, 36),
                    base.plusSeconds(i * 30L + r.nextInt(30)), skipped ? r.nextInt(30_000) : 120_000 + r.nextInt(120_000),
                    ctx, ctx == null ? null : ctx + ":" + r.nextInt(1000), "trackdone", skipped ? "fwdbtn" : "trackdone",
                    skipped, r.nextBoolean(), false, PLATFORMS[r.nextInt(PLATFORMS.length)], "bench");
        }
        return out;
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
