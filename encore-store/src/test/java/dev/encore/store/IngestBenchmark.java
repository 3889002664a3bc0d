package dev.encore.store;

import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.Track;
import dev.encore.core.matrix.ConfidenceWeighting;
import dev.encore.core.matrix.Interactions;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
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
 * Options: {@code --events N --users N --tracks N --order random|user --mode sink|ingest --seed S --batch N
 * --merge N --durability
 * process|power --cache MiB --dir PATH} (default: a temporary directory, deleted afterwards).
 */
public final class IngestBenchmark {
    private static final String[] CONTEXTS = {"playlist", "album", "radio", "search", null};
    private static final String[] PLATFORMS = {"android", "ios", "web", "desktop"};

    private IngestBenchmark() {}

    public static void main(String[] args) throws Exception {
        int events = 2_000_000, users = 100_000, tracks = 50_000, batch = 10_000, merge = 1_000_000, cache = 64;
        long seed = 7;
        String order = "random", mode = "sink";
        Durability durability = Durability.PROCESS_CRASH;
        Path dir = null;
        for (int i = 0; i < args.length; i += 2) {
            String v = args[i + 1];
            switch (args[i]) {
                case "--events" -> events = Integer.parseInt(v);
                case "--users" -> users = Integer.parseInt(v);
                case "--tracks" -> tracks = Integer.parseInt(v);
                case "--order" -> order = v;
                case "--mode" -> mode = v;
                case "--seed" -> seed = Long.parseLong(v);
                case "--batch" -> batch = Integer.parseInt(v);
                case "--merge" -> merge = Integer.parseInt(v);
                case "--durability" -> durability = v.equals("power") ? Durability.POWER_LOSS : Durability.PROCESS_CRASH;
                case "--dir" -> dir = Path.of(v);
                case "--cache" -> cache = Integer.parseInt(v);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; expected --events --users --tracks --order --mode --seed --batch --merge --durability --cache --dir");
            }
        }
        ListenEvent[] data = generate(events, users, tracks, order.equals("user"), seed);
        boolean temporary = dir == null;
        if (temporary) dir = Files.createTempDirectory("encore-bench");
        StoreOptions d = StoreOptions.defaults();
        StoreOptions options = new StoreOptions(durability, batch, merge, d.busyTimeoutMs(), cache);
        System.out.printf("ingest: %,d listens, %,d users, %,d tracks, order=%s, mode=%s, batch=%,d, merge=%,d, durability=%s, seed=%d%n",
                events, users, tracks, order, mode, batch, merge, durability, seed);
        try (EncoreStore store = EncoreStore.open(dir, options)) {
            Clock t = Clock.now();
            int catalogSize = tracks;
            store.write(sink -> {
                for (int i = 0; i < catalogSize; i++) sink.track(track(i));
            });
            report("catalog tracks", catalogSize, t, Clock.now());
            Clock c0 = Clock.now();
            if (mode.equals("ingest")) {
                // The server's path: request-sized batches, each its own transaction, novelty reported.
                for (int i = 0; i < data.length; i += batch) {
                    store.ingest(java.util.Arrays.asList(data).subList(i, Math.min(data.length, i + batch)), java.util.List.of());
                }
            } else {
                try (StoreSink sink = store.sink()) {
                    for (ListenEvent e : data) sink.listen(e);
                }
            }
            Clock c1 = Clock.now();
            store.settle();
            Clock c2 = Clock.now();
            report("committed (flush returned)", events, c0, c1);
            report("merge", events, c1, c2);
            report("committed + merged", events, c0, c2);

            long[] seen = {0};
            Clock c3 = Clock.now();
            store.forEachListen(e -> seen[0]++);
            report("scan (forEachListen)", seen[0], c3, Clock.now());
            Clock c4 = Clock.now();
            Interactions m = store.interactions(ItemKind.TRACK, ConfidenceWeighting.defaults());
            report("track matrix build", seen[0], c4, Clock.now());
            System.out.println("matrix: " + m.matrix());
            System.out.printf("stored listens: %,d; database %,d MiB%n", store.stats().listens(), Files.size(store.databaseFile()) >> 20);
        } finally {
            if (temporary) deleteTree(dir);
        }
    }

    /**
     * Wall time and the whole process's CPU time: background merges, GC and JIT count too (this thread's time alone
     * would leave out the merges that ingest starts in the background).
     */
    private record Clock(long wall, long cpu) {
        static Clock now() {
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            return new Clock(System.nanoTime(), os.getProcessCpuTime());
        }
    }

    private static void report(String what, long n, Clock from, Clock to) {
        double wall = (to.wall - from.wall) / 1e9, cpu = (to.cpu - from.cpu) / 1e9;
        System.out.printf("%-28s %7.2f s wall %,11.0f events/s | %7.2f s cpu %,11.0f events/cpu-s%n",
                what + ":", wall, n / wall, cpu, n / cpu);
    }

    private static Track track(int t) {
        return new Track(trackId(t), "Track " + t, List.of("artist-" + t % 5_000), null, 150_000 + t % 90_000, null, false,
                null, List.of(), null, "bench");
    }

    private static String trackId(int t) {
        return "spotify:track:" + Integer.toString(1_000_000 + t * 7919, 36);
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
            out[i] = new ListenEvent("user-" + u, ItemKind.TRACK, trackId(t),
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
