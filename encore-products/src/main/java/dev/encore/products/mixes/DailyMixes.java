package dev.encore.products.mixes;

import dev.encore.core.domain.AudioFeatures;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.Playlist;
import dev.encore.core.domain.PlaylistItem;
import dev.encore.core.domain.PlaylistKind;
import dev.encore.core.domain.Track;
import dev.encore.ml.ItemFilter;
import dev.encore.ml.ScoredItem;
import dev.encore.products.Catalog;
import dev.encore.products.ListeningHistory;
import dev.encore.products.Periods;
import dev.encore.products.TasteControls;
import dev.encore.products.TasteModel;
import dev.encore.products.candidates.ListenerContext;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Daily mixes: the listener's most played artists are clustered by taste vectors (tags + collaborative factors,
 * {@link ArtistClusters}); each cluster with enough tracks becomes a mix named by its dominant tag and its 2-3 most
 * played artists, filled with ~70% of the listener's favourites from those artists and ~30% unheard tracks similar
 * to them that sit closer to this cluster than to any other, ordered for smooth flow ({@link FlowOrder}). Clusters
 * depend only on the listener's history; which favourites and new tracks appear is seeded by hash(user, day), so
 * mixes are the same all day and refresh the next.
 */
public final class DailyMixes {
    public static final String PRODUCT = "daily-mix";
    private static final int SEEDS_PER_MIX = 6, NEIGHBOURS = 40;
    private final TasteModel taste;
    private final Catalog catalog;
    private final ListeningHistory history;
    private final TasteControls.Source controls;
    private final MixConfig config;

    public DailyMixes(TasteModel taste, Catalog catalog, ListeningHistory history, TasteControls.Source controls, MixConfig config) {
        this.taste = Objects.requireNonNull(taste, "taste");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.history = Objects.requireNonNull(history, "history");
        this.controls = Objects.requireNonNull(controls, "controls");
        this.config = Objects.requireNonNull(config, "config");
    }

    /** Today's mixes (the listener's local day in {@code zone}), best first; empty for a listener without history. */
    public List<Playlist> generate(String userId, ZoneId zone, Instant now) {
        Objects.requireNonNull(zone, () -> "time zone of listener " + userId + " is missing: pass e.g. ZoneId.of(\"UTC\")");
        String day = Periods.day(now, zone);
        long seed = Periods.seed(userId, day, PRODUCT);
        ListenerContext l = ListenerContext.of(userId, taste, catalog, history, controls.of(userId), now.atZone(zone).toLocalDate(), 0);
        Map<String, Map<Integer, Double>> byArtist = playsByArtist(l);
        if (byArtist.isEmpty()) return List.of();
        List<String> artists = new ArrayList<>(byArtist.keySet());
        TasteVectors tv = new TasteVectors(taste, catalog, byArtist.values().stream().flatMap(m -> m.keySet().stream()).toList());
        float[][] vectors = new float[artists.size()][];
        double[] weights = new double[artists.size()];
        for (int a = 0; a < artists.size(); a++) {
            vectors[a] = new float[tv.dims()];
            for (Map.Entry<Integer, Double> e : byArtist.get(artists.get(a)).entrySet()) {
                add(vectors[a], tv.of(e.getKey()), e.getValue());
                weights[a] += e.getValue();
            }
        }
        List<int[]> clusters = new ArrayList<>();
        for (int[] c : ArtistClusters.cluster(vectors, weights, config.mergeSimilarity(), config.maxMixes())) {
            int tracks = 0;
            for (int a : c) tracks += byArtist.get(artists.get(a)).size();
            if (tracks >= config.minTracks() && clusters.size() < config.maxMixes()) clusters.add(c);
        }
        List<float[]> centroids = new ArrayList<>();
        for (int[] c : clusters) {
            float[] s = new float[tv.dims()];
            for (int a : c) add(s, vectors[a], 1);
            centroids.add(s);
        }
        List<Playlist> mixes = new ArrayList<>();
        for (int k = 0; k < clusters.size(); k++) {
            Map<Integer, Double> played = new LinkedHashMap<>();
            List<String> members = new ArrayList<>();
            for (int a : clusters.get(k)) {
                played.putAll(byArtist.get(artists.get(a)));
                members.add(artists.get(a));
            }
            members.sort(Comparator.comparingDouble((String a) -> -total(byArtist.get(a))).thenComparing(a -> a));
            mixes.add(mix(l, tv, k, centroids, played, members, seed, day));
        }
        return mixes;
    }

    private Playlist mix(ListenerContext l, TasteVectors tv, int k, List<float[]> centroids, Map<Integer, Double> played,
                         List<String> artists, long seed, String day) {
        List<Integer> favourites = new ArrayList<>(played.keySet());
        favourites.sort(Comparator.comparingDouble((Integer i) -> -played.get(i) * (1 + 0.5 * Periods.unit(seed, "f" + i)))
                .thenComparingInt(i -> i));
        int familiarTarget = (int) Math.round(config.size() * config.familiarShare());
        List<Integer> fresh = newFits(l, tv, k, centroids, favourites, seed);
        int familiar = Math.min(favourites.size(), Math.max(familiarTarget, config.size() - fresh.size()));
        int news = Math.min(fresh.size(), config.size() - familiar);
        List<PlaylistItem> items = new ArrayList<>();
        for (int i = 0; i < familiar; i++) {
            items.add(new PlaylistItem(ItemKind.TRACK, taste.bundle().itemId(favourites.get(i)), "one of your favourites by " + l.artistOf(favourites.get(i))));
        }
        for (int i = 0; i < news; i++) {
            items.add(new PlaylistItem(ItemKind.TRACK, taste.bundle().itemId(fresh.get(i)), "new for you, fits your mix with " + catalog.artistName(artists.get(0))));
        }
        items = FlowOrder.order(items, it -> audio(it.itemId()));
        String tag = tv.dominantTag(played);
        String name = tag == null ? "Daily Mix " + (k + 1) : tag.substring(0, 1).toUpperCase(Locale.ROOT) + tag.substring(1) + " Mix";
        List<String> names = artists.stream().limit(3).map(catalog::artistName).toList();
        String with = names.size() == 1 ? names.get(0) : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        return new Playlist(PRODUCT + ":" + l.userId() + ":" + day + ":" + (k + 1), l.userId(), name,
                "Daily Mix " + (k + 1) + ": " + with + " and more (" + day + ", seed " + Long.toHexString(seed) + ")",
                PlaylistKind.GENERATED, day, items, "encore-products");
    }

    /**
     * Unheard neighbours of the mix's top favourites that are closer to this mix's centroid than to any other, and at
     * least as close as clusters must be to merge (so a neighbour from an unrelated genre never slips in).
     */
    private List<Integer> newFits(ListenerContext l, TasteVectors tv, int k, List<float[]> centroids, List<Integer> favourites, long seed) {
        Map<Integer, Double> score = new LinkedHashMap<>();
        for (int s = 0; s < Math.min(SEEDS_PER_MIX, favourites.size()); s++) {
            for (ScoredItem n : taste.bundle().model().similarItems(favourites.get(s), NEIGHBOURS, l.filter())) {
                score.merge(n.item(), (double) n.score(), Double::sum);
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int item : score.keySet()) {
            Track t = l.track(item);
            if (t != null && t.primaryArtistId() != null && l.controls().hiddenArtists().contains(t.primaryArtistId())) continue;
            float[] v = tv.of(item);
            if (nearest(v, centroids) == k && TasteVectors.cosine(v, centroids.get(k)) >= config.mergeSimilarity()) out.add(item);
        }
        out.sort(Comparator.comparingDouble((Integer i) -> -score.get(i) * (1 + 0.3 * Periods.unit(seed, "n" + i))).thenComparingInt(i -> i));
        return out;
    }

    private static int nearest(float[] v, List<float[]> centroids) {
        int best = 0;
        for (int c = 1; c < centroids.size(); c++) {
            if (TasteVectors.cosine(v, centroids.get(c)) > TasteVectors.cosine(v, centroids.get(best))) best = c;
        }
        return best;
    }

    /** Taste items grouped by primary artist (the most played {@code maxArtists} artists), in first-seen order. */
    private Map<String, Map<Integer, Double>> playsByArtist(ListenerContext l) {
        Map<String, Map<Integer, Double>> all = new LinkedHashMap<>();
        int[] items = l.query().items();
        float[] w = l.query().weights();
        for (int i = 0; i < items.length; i++) {
            Track t = l.track(items[i]);
            if (t == null || t.primaryArtistId() == null || l.controls().hiddenArtists().contains(t.primaryArtistId())) continue;
            if (l.controls().hiddenTracks().contains(t.id())) continue;
            all.computeIfAbsent(t.primaryArtistId(), a -> new LinkedHashMap<>()).merge(items[i], (double) w[i], Double::sum);
        }
        List<String> top = all.keySet().stream()
                .sorted(Comparator.comparingDouble((String a) -> -total(all.get(a))).thenComparing(a -> a))
                .limit(config.maxArtists()).toList();
        Map<String, Map<Integer, Double>> out = new LinkedHashMap<>();
        for (String a : top) out.put(a, all.get(a));
        return out;
    }

    private static double total(Map<Integer, Double> m) {
        return m.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    private static void add(float[] into, float[] v, double w) {
        for (int d = 0; d < into.length; d++) into[d] += (float) (v[d] * w);
    }

    private AudioFeatures audio(String trackId) {
        Track t = catalog.track(trackId);
        return t == null ? null : t.audio();
    }
}
