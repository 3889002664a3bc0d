package dev.encore.products.discovery;

import dev.encore.core.domain.Artist;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.Playlist;
import dev.encore.core.domain.Track;
import dev.encore.core.matrix.IdMap;
import dev.encore.core.matrix.InteractionMatrix;
import dev.encore.core.matrix.Interactions;
import dev.encore.ml.als.AlsModel;
import dev.encore.ml.als.AlsParams;
import dev.encore.ml.als.AlsRecommender;
import dev.encore.ml.als.AlsTrainer;
import dev.encore.ml.bench.SyntheticMatrix;
import dev.encore.ml.serving.ModelBundle;
import dev.encore.products.InMemoryCatalog;
import dev.encore.products.ListeningHistory;
import dev.encore.products.TasteControls;
import dev.encore.products.TasteModel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Batch weekly discovery on a synthetic matrix (not a unit test; run by hand):
 * {@code java -cp ... dev.encore.products.discovery.DiscoveryBench M 100000 2} = preset, users, threads.
 * Trains a rank-64 ALS for 3 iterations (structure only; quality is not the point), 10 tracks per artist,
 * no content model, then times generateAll over the first {@code users} users.
 */
public final class DiscoveryBench {
    public static void main(String[] args) {
        String preset = args.length > 0 ? args[0] : "S";
        InteractionMatrix m = SyntheticMatrix.preset(preset, 42);
        int users = args.length > 1 ? Math.min(Integer.parseInt(args[1]), m.rows()) : m.rows();
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        long t0 = System.nanoTime();
        AlsModel model = new AlsRecommender().fit(m, new AlsParams(64, 0.01, 10, 3, 3, threads, 42, false), AlsTrainer.Listener.NONE);
        System.out.printf("preset %s: %d users x %d items, %d nnz; ALS (3 iterations) %.1f s%n", preset, m.rows(), m.cols(), m.nnz(),
                (System.nanoTime() - t0) / 1e9);
        IdMap userIds = IdMap.of(IntStream.range(0, m.rows()).mapToObj(i -> "u" + i).toList());
        IdMap itemIds = IdMap.of(IntStream.range(0, m.cols()).mapToObj(i -> "t" + i).toList());
        List<Track> tracks = new ArrayList<>(m.cols());
        List<Artist> artists = new ArrayList<>();
        for (int i = 0; i < m.cols(); i++) {
            if (i % 10 == 0) artists.add(new Artist("a" + i / 10, "Artist " + i / 10, List.of(), null, "bench"));
            tracks.add(new Track("t" + i, "Track " + i, List.of("a" + i / 10), null, 200_000,
                    LocalDate.of(2000 + i % 27, 1, 1), false, null, List.of(), null, "bench"));
        }
        TasteModel taste = TasteModel.of(new ModelBundle(new Interactions(userIds, itemIds, m), model, Map.of()), null);
        ListeningHistory history = new ListeningHistory() {   // the matrix already holds every listen
            @Override public List<ListenEvent> listens(String u, Instant from, Instant to) { return List.of(); }
            @Override public Set<String> heardTracks(String u) { return Set.of(); }
        };
        WeeklyDiscovery d = new WeeklyDiscovery(taste, new InMemoryCatalog(artists, tracks), history, TasteControls.Source.NONE,
                new InMemoryEditionHistory(), DiscoveryConfig.defaults());
        List<String> batch = userIds.ids().subList(0, users);
        Instant now = Instant.parse("2026-11-23T08:00:00Z");
        d.generateAll(batch.subList(0, Math.min(1000, users)), u -> ZoneId.of("UTC"), now, threads); // warm-up
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t1 = System.nanoTime();
        Map<String, Playlist> out = d.generateAll(batch, u -> ZoneId.of("UTC"), now, threads);
        double s = (System.nanoTime() - t1) / 1e9;
        long full = out.values().stream().filter(p -> p.items().size() == 30).count();
        double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
        System.out.printf("weekly discovery: %d users in %.1f s (%.0f users/s, %d threads), %d with 30 tracks; process CPU %.1f s"
                        + " (%.2f ms per user); load average %.1f%n",
                users, s, users / s, threads, full, cpu, 1000 * cpu / users, os.getSystemLoadAverage());
    }
}
