package dev.encore.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.encore.core.domain.Playlist;
import dev.encore.core.domain.PlaylistItem;
import dev.encore.core.domain.Track;
import dev.encore.core.matrix.IdMap;
import dev.encore.eval.metrics.BeyondAccuracy;
import dev.encore.eval.stats.Bootstrap;
import dev.encore.eval.stats.Estimate;
import dev.encore.ml.ItemFilter;
import dev.encore.ml.ScoredItem;
import dev.encore.ml.UserQuery;
import dev.encore.products.Catalog;
import dev.encore.server.products.ListenerProducts;
import dev.encore.server.serving.DirectoryModelSource;
import dev.encore.server.serving.LoadedModel;
import dev.encore.server.serving.ModelHolder;
import dev.encore.store.EncoreStore;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * Beyond-accuracy figures of weekly discovery and daily mixes on a prepared demo data directory (HetRec 2011 Last.fm
 * listening completed by the generator), against plain ALS top-30 lists for the same listeners, with the evaluation
 * harness's definitions ({@link BeyondAccuracy}) and its 95% percentile-bootstrap intervals ({@link Bootstrap}). Not a unit
 * test; run by hand: {@code ProductsBeyondAccuracyBench DATA [LISTENERS=300] [SEED=1]} (it records discovery editions
 * in DATA, so use a copy).
 */
public final class ProductsBeyondAccuracyBench {
    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);
        ModelHolder models = new ModelHolder(new DirectoryModelSource(data.resolve("models"), DirectoryModelSource.bundles(clock), new ObjectMapper()),
                clock, new SimpleMeterRegistry());
        LoadedModel m = models.reload().orElseThrow(() -> new IllegalStateException("no model in " + data));
        IdMap items = m.interactions().items();
        int[] pop = m.interactions().matrix().columnCounts();
        int users = m.interactions().matrix().rows();
        try (EncoreStore store = EncoreStore.open(data)) {
            ListenerProducts products = new ListenerProducts(store, models, null, clock);
            Catalog catalog = products.catalog();
            int[] artistOf = new int[items.size()];
            int[][] tagsOf = new int[items.size()][];
            Map<String, Integer> artistIds = new HashMap<>(), tagIds = new HashMap<>();
            for (int i = 0; i < items.size(); i++) {
                Track t = catalog.track(items.id(i));
                artistOf[i] = t == null || t.artistIds().isEmpty() ? -1 : artistIds.computeIfAbsent(t.artistIds().get(0), k -> artistIds.size());
                tagsOf[i] = t == null ? null : t.tags().stream().mapToInt(tag -> tagIds.computeIfAbsent(tag.toLowerCase(Locale.ROOT), k -> tagIds.size())).sorted().distinct().toArray();
            }
            SplittableRandom rnd = new SplittableRandom(seed);
            Set<Integer> picked = new HashSet<>();
            while (picked.size() < Math.min(n, users)) picked.add(rnd.nextInt(users));
            List<int[]> discovery = new ArrayList<>(), als = new ArrayList<>(), mixes = new ArrayList<>();
            long t0 = System.nanoTime();
            for (int u : picked.stream().sorted().toList()) {
                String user = m.interactions().users().id(u);
                discovery.add(indices(products.discoveryWeekly(user).items(), items));
                for (Playlist mix : products.dailyMixes(user)) mixes.add(indices(mix.items(), items));
                UserQuery q = UserQuery.of(u, m.interactions().matrix());
                als.add(m.model().recommend(q, 30, ItemFilter.excluding(q.items()), false).stream().mapToInt(ScoredItem::item).toArray());
            }
            System.out.printf(Locale.ROOT, "%d listeners, %d mixes, %.1f s; catalog %d tracks, %d training listeners%n",
                    picked.size(), mixes.size(), (System.nanoTime() - t0) / 1e9, items.size(), users);
            System.out.println("| list | lists | novelty (bits) | ILD artist | ILD tags | avg popularity (listeners) | coverage |");
            System.out.println("|---|---|---|---|---|---|---|");
            row("weekly discovery (30)", discovery, pop, users, artistOf, tagsOf, seed);
            row("daily mix (each)", mixes, pop, users, artistOf, tagsOf, seed);
            row("plain ALS top-30", als, pop, users, artistOf, tagsOf, seed);
        }
    }

    private static int[] indices(List<PlaylistItem> list, IdMap items) {
        return list.stream().mapToInt(i -> items.indexOf(i.itemId())).filter(i -> i >= 0).toArray();
    }

    private static void row(String name, List<int[]> lists, int[] pop, int users, int[] artistOf, int[][] tagsOf, long seed) {
        int[][] all = lists.toArray(new int[0][]);
        int k = Arrays.stream(all).mapToInt(l -> l.length).max().orElse(0);
        System.out.printf(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %.4f |%n", name, all.length,
                ci(all, l -> BeyondAccuracy.novelty(l, k, pop, users), seed), ci(all, l -> BeyondAccuracy.diversityByArtist(l, k, artistOf), seed),
                ci(all, l -> BeyondAccuracy.diversityByTags(l, k, tagsOf), seed), ci(all, l -> BeyondAccuracy.averagePopularity(l, k, pop), seed),
                BeyondAccuracy.coverage(all, null, k, pop.length));
    }

    /** Mean over lists (NaN left out) with the harness's 95% percentile bootstrap interval. */
    private static String ci(int[][] lists, ToDoubleFunction<int[]> f, long seed) {
        Estimate e = Bootstrap.mean(Arrays.stream(lists).mapToDouble(f).toArray(), Bootstrap.DEFAULT_RESAMPLES, seed);
        return e.n() == 0 ? "–" : String.format(Locale.ROOT, "%.3f [%.3f, %.3f]", e.value(), e.lo(), e.hi());
    }
}
