package dev.encore.synth;

import dev.encore.core.domain.Feedback;
import dev.encore.core.domain.Follow;
import dev.encore.formats.encore.EncoreFormatWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;

/**
 * Generates a synthetic music world in Encore's native format (see {@code dev.encore.formats.encore}) plus its
 * planted truth ({@link TruthWriter}) and a {@code generator.json} recording seed and parameters.
 *
 * <p>The world: a catalog with power-law popularity where every artist belongs to one of 20 genres (the taste
 * clusters, see {@code truth/clusters.csv}) and tracks carry genre tags and genre-typical audio features;
 * listeners with a country, time zone, a 1–3 cluster taste mixture and habits; a year of sessions at their
 * habitual hours, skips far likelier outside their taste; follows, likes, saves and bans; a few podcasts.
 *
 * <p>The same spec gives byte-identical files: every listener draws from its own seeded stream, blocks of
 * listeners are simulated on worker threads and written in listener order. Listens are streamed, so memory
 * holds the catalog and listener traits plus a few blocks, whatever the number of events.
 */
public final class WorldGenerator {
    private static final int BLOCK = 256;

    private WorldGenerator() {}

    /**
     * Generates a world ending on {@link WorldSpec#DEFAULT_AS_OF} into {@code outDir} (created if needed; files of
     * the format in it are replaced).
     *
     * @param progress called with the number of listen events written so far (total = {@code events}); may be null
     */
    public static WorldSummary generate(int users, int tracks, long events, long seed, Path outDir, LongConsumer progress)
            throws IOException {
        return generate(new WorldSpec(users, tracks, events, seed), outDir, progress);
    }

    /** As {@link #generate(int, int, long, long, Path, LongConsumer)}, for a spec (e.g. {@code WorldSpec.preset("M", 42)}). */
    public static WorldSummary generate(WorldSpec spec, Path outDir, LongConsumer progress) throws IOException {
        return generate(spec, outDir, progress, Runtime.getRuntime().availableProcessors());
    }

    /** With an explicit number of simulation threads; the output does not depend on it. */
    static WorldSummary generate(WorldSpec spec, Path outDir, LongConsumer progress, int threads) throws IOException {
        long started = System.nanoTime();
        LongConsumer report = progress == null ? n -> { } : progress;
        long asOfDay = spec.asOf().toEpochDay();
        long windowStartDay = asOfDay - 365;

        CatalogBuilder catalogBuilder = new CatalogBuilder(spec.seed(), spec.asOf());
        WorldCatalog cat = catalogBuilder.build(spec.tracks());
        PodcastCatalog pods = new PodcastCatalog(Math.max(3, Math.min(20, spec.users() / 5000)), spec.seed(), spec.asOf(), "gen:");
        Listener[] listeners = listeners(spec, cat, windowStartDay, pods.showCount());
        int[] events = eventsPerListener(spec);
        Social social = new Social(cat, listeners, membersByMainCluster(listeners));
        ListeningSimulator sim = new ListeningSimulator(cat, pods, spec.seed(), asOfDay, social);

        long listens = 0;
        long follows = 0;
        long feedback = 0;
        Files.createDirectories(outDir);
        try (EncoreFormatWriter out = EncoreFormatWriter.open(outDir)) {
            catalogBuilder.emit(out);
            pods.emit(out);
            for (Listener u : listeners) out.user(u.toUser());
            ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
                Thread t = new Thread(r, "encore-synth-world");
                t.setDaemon(true);
                return t;
            });
            try {
                int blocks = (listeners.length + BLOCK - 1) / BLOCK;
                int window = 2 * Math.max(1, threads) + 2;
                ArrayDeque<Future<ListenerOutput>> inFlight = new ArrayDeque<>();
                int submitted = 0;
                for (int b = 0; b < blocks; b++) {
                    while (submitted < blocks && submitted < b + window) {
                        int from = submitted++ * BLOCK;
                        int to = Math.min(listeners.length, from + BLOCK);
                        inFlight.add(pool.submit(() -> simulateBlock(sim, listeners, events, from, to)));
                    }
                    ListenerOutput block = await(inFlight.poll());
                    out.writeListenRows(block.listenRows);
                    for (Follow f : block.follows) out.follow(f);
                    for (Feedback f : block.feedback) out.feedback(f);
                    listens += block.listens;
                    follows += block.follows.size();
                    feedback += block.feedback.size();
                    report.accept(listens);
                }
            } finally {
                pool.shutdownNow();
            }
        }
        TruthWriter.write(outDir, listeners, cat);
        writeManifest(outDir, spec, cat, pods, listeners.length);
        return new WorldSummary(outDir, listeners.length, catalogBuilder.artistCount(), catalogBuilder.albumCount(), cat.tracks(),
                pods.showCount(), pods.episodeCount(), listens, follows, feedback, Duration.ofNanos(System.nanoTime() - started));
    }

    private static ListenerOutput simulateBlock(ListeningSimulator sim, Listener[] listeners, int[] events, int from, int to) {
        long expected = 0;
        for (int i = from; i < to; i++) expected += events[i];
        ListenerOutput out = new ListenerOutput((int) Math.min(Integer.MAX_VALUE, expected));
        for (int i = from; i < to; i++) sim.simulate(listeners[i], events[i], out);
        return out;
    }

    private static ListenerOutput await(Future<ListenerOutput> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("world generation interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) throw re;
            if (c instanceof Error err) throw err;
            throw new IllegalStateException("listening simulation failed", c);
        }
    }

    private static Listener[] listeners(WorldSpec spec, WorldCatalog cat, long windowStartDay, int shows) {
        double[] share = new double[Genres.count()];
        int available = 0;
        for (int c = 0; c < share.length; c++) {
            if (cat.hasTracks(c)) {
                share[c] = Genres.ALL.get(c).share();
                available++;
            }
        }
        Alias pick = new Alias(share);
        Listener[] out = new Listener[spec.users()];
        for (int i = 0; i < out.length; i++) out[i] = new Listener(i, spec.seed(), windowStartDay, shows, pick, available);
        return out;
    }

    /** Heavy-tailed activity (log-normal), every listener at least one event when there are enough. */
    private static int[] eventsPerListener(WorldSpec spec) {
        SplittableRandom r = Seeds.rng(spec.seed(), Seeds.USERS, -1);
        double[] activity = new double[spec.users()];
        for (int i = 0; i < activity.length; i++) activity[i] = Math.exp(Seeds.gaussian(r) * 1.0);
        return Allocate.proportional(spec.events(), activity, spec.events() >= spec.users() ? 1 : 0);
    }

    private static int[][] membersByMainCluster(Listener[] listeners) {
        List<List<Integer>> members = new ArrayList<>();
        for (int c = 0; c < Genres.count(); c++) members.add(new ArrayList<>());
        for (Listener u : listeners) members.get(u.clusters[0]).add(u.index);
        int[][] out = new int[members.size()][];
        for (int c = 0; c < out.length; c++) out[c] = members.get(c).stream().mapToInt(Integer::intValue).toArray();
        return out;
    }

    private static void writeManifest(Path outDir, WorldSpec spec, WorldCatalog cat, PodcastCatalog pods, int users) throws IOException {
        String json = "{\n"
                + "  \"generator\": \"encore-synth WorldGenerator\",\n"
                + "  \"format_version\": 1,\n"
                + "  \"seed\": " + spec.seed() + ",\n"
                + "  \"users\": " + users + ",\n"
                + "  \"tracks\": " + cat.tracks() + ",\n"
                + "  \"events\": " + spec.events() + ",\n"
                + "  \"as_of\": \"" + spec.asOf() + "\",\n"
                + "  \"clusters\": " + Genres.count() + ",\n"
                + "  \"shows\": " + pods.showCount() + ",\n"
                + "  \"source\": \"generated\"\n"
                + "}\n";
        Files.writeString(outDir.resolve("generator.json"), json, StandardCharsets.UTF_8);
    }
}
