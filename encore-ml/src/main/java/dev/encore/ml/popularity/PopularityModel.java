package dev.encore.ml.popularity;

import dev.encore.ml.ItemFilter;
import dev.encore.ml.Model;
import dev.encore.ml.Params;
import dev.encore.ml.ScoredItem;
import dev.encore.ml.UserQuery;
import dev.encore.ml.registry.Manifests;
import dev.encore.ml.registry.Queries;
import dev.encore.ml.snapshot.Snapshot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Non-personalised charts. {@code GLOBAL}: score = distinct listeners (ties ranked by total weight);
 * {@code TRENDING}: score = time-decayed weight; {@code COUNTRY}: the query user's country chart (see
 * {@link CountryRanking}), then the global chart, for users with no known country the global chart. Listings walk a
 * precomputed order, so a query costs O(k + filtered items), not O(items). Items with score 0 are never listed.
 * {@link #similarItems} has no notion of similarity: it lists the chart without the item itself.
 */
public final class PopularityModel implements Model {
    public enum Variant { GLOBAL, COUNTRY, TRENDING }

    private static final String NAME = PopularityRecommender.NAME;
    private final Variant variant;
    private final int userCount;
    private final float[] score;      // per item: listeners (GLOBAL, COUNTRY) or decayed weight (TRENDING)
    private final int[] order;        // items best first by the chart's ranking
    private final CountryRanking countries;
    private final Params params;

    PopularityModel(Variant variant, int userCount, float[] score, int[] order, CountryRanking countries, Params params) {
        this.variant = variant;
        this.userCount = userCount;
        this.score = score;
        this.order = order;
        this.countries = countries;
        this.params = params;
    }

    public Variant variant() {
        return variant;
    }

    @Override public String algorithm() { return NAME; }
    @Override public int userCount() { return userCount; }
    @Override public int itemCount() { return score.length; }

    @Override
    public List<ScoredItem> recommend(UserQuery query, int k, ItemFilter filter) {
        Queries.checkK(k);
        Queries.checkQuery(query, variant == Variant.COUNTRY ? userCount : Integer.MAX_VALUE, itemCount());
        int c = countries == null ? -1 : countries.countryOf(query.user());
        if (c < 0) return chart(k, filter, -1, null, 1f);
        List<ScoredItem> out = new ArrayList<>(k);
        for (int p = countries.ptr[c]; p < countries.ptr[c + 1] && out.size() < k; p++) {
            int item = countries.items[p];
            if (filter.allows(item)) out.add(new ScoredItem(item, countries.scores[p], NAME));
        }
        if (out.size() == k) return out;
        BitSet listed = new BitSet(itemCount());
        for (int p = countries.ptr[c]; p < countries.ptr[c + 1]; p++) listed.set(countries.items[p]);
        // The global chart follows, scaled below 1 to match the fraction in the country scores.
        out.addAll(chart(k - out.size(), filter, -1, listed, 1f / (userCount + 1f)));
        return out;
    }

    @Override
    public List<ScoredItem> similarItems(int item, int k, ItemFilter filter) {
        Queries.checkK(k);
        Queries.checkItem("item", item, itemCount());
        return chart(k, filter, item, null, 1f);
    }

    /** The global (or trending) chart with scores times {@code scale}, skipping {@code self} and items in {@code skip}. */
    private List<ScoredItem> chart(int k, ItemFilter filter, int self, BitSet skip, float scale) {
        List<ScoredItem> out = new ArrayList<>(Math.max(0, k));
        for (int p = 0; p < order.length && out.size() < k; p++) {
            int item = order[p];
            if (score[item] <= 0) break;
            if (item == self || (skip != null && skip.get(item)) || !filter.allows(item)) continue;
            out.add(new ScoredItem(item, score[item] * scale, NAME));
        }
        return out;
    }

    @Override
    public float[] score(UserQuery query, int[] items) {
        Queries.checkQuery(query, variant == Variant.COUNTRY ? userCount : Integer.MAX_VALUE, itemCount());
        Queries.checkItems(items, itemCount());
        int c = countries == null ? -1 : countries.countryOf(query.user());
        float[] out = new float[items.length];
        if (c < 0) {
            for (int i = 0; i < items.length; i++) out[i] = score[items[i]];
            return out;
        }
        Map<Integer, Float> chart = new HashMap<>();
        for (int p = countries.ptr[c]; p < countries.ptr[c + 1]; p++) chart.put(countries.items[p], countries.scores[p]);
        for (int i = 0; i < items.length; i++) {
            Float s = chart.get(items[i]);
            out[i] = s != null ? s : score[items[i]] * (1f / (userCount + 1f)); // as recommend() computes it
        }
        return out;
    }

    @Override
    public void save(Path dir) throws IOException {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("variant", variant.name().toLowerCase());
        if (countries != null) extra.put("countries", Arrays.asList(countries.names));
        Manifests.write(dir, this, params, extra);
        Snapshot.writeFloats(dir, "score", score);
        Snapshot.writeInts(dir, "order", order);
        if (countries != null) countries.save(dir);
    }

    static PopularityModel load(Path dir) throws IOException {
        Map<String, Object> m = Manifests.read(dir, NAME);
        Variant variant;
        try {
            variant = Variant.valueOf(Manifests.stringOf(m, "variant").toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new IOException("unknown popularity variant in " + dir + ": " + m.get("variant"));
        }
        CountryRanking countries = null;
        if (variant == Variant.COUNTRY) {
            if (!(m.get("countries") instanceof List<?> names)) throw new IOException("manifest in " + dir + " lacks its country list");
            countries = CountryRanking.load(dir, names.stream().map(String::valueOf).toList());
        }
        float[] score = Snapshot.readFloats(dir, "score");
        int[] order = Snapshot.readInts(dir, "order");
        if (score.length != Manifests.intOf(m, "items") || order.length != score.length)
            throw new IOException("popularity snapshot " + dir + " is inconsistent: " + score.length + " scores, "
                    + order.length + " ranked items, manifest says " + m.get("items"));
        return new PopularityModel(variant, Manifests.intOf(m, "users"), score, order, countries, Manifests.params(m));
    }
}
