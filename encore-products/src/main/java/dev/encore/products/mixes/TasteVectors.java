package dev.encore.products.mixes;

import dev.encore.core.domain.Artist;
import dev.encore.core.domain.Track;
import dev.encore.ml.Model;
import dev.encore.ml.als.AlsModel;
import dev.encore.products.Catalog;
import dev.encore.products.TasteModel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Unit vectors describing tracks for one listener: a tag part (track and artist tags, over the tags of the
 * listener's own tracks) joined with the track's collaborative factors when the model has them (ALS), each part
 * normalised to length 1/sqrt(2) so tags and co-listening count equally.
 */
final class TasteVectors {
    private final TasteModel taste;
    private final Catalog catalog;
    private final Map<String, Integer> vocabulary = new HashMap<>();
    private final AlsModel als;

    TasteVectors(TasteModel taste, Catalog catalog, Iterable<Integer> ownItems) {
        this.taste = taste;
        this.catalog = catalog;
        Model m = taste.bundle().model();
        this.als = m instanceof AlsModel a ? a : null;
        for (int item : ownItems) for (String tag : tags(item)) vocabulary.putIfAbsent(tag, vocabulary.size());
    }

    int dims() {
        return vocabulary.size() + (als == null ? 0 : als.factors());
    }

    /** The unit vector of a track (zeros when nothing is known about it). */
    float[] of(int item) {
        float[] v = new float[dims()];
        for (String tag : tags(item)) {
            Integer d = vocabulary.get(tag);
            if (d != null) v[d] += 1;
        }
        normalise(v, 0, vocabulary.size());
        if (als != null) {
            float[] f = als.itemFactor(item);
            System.arraycopy(f, 0, v, vocabulary.size(), f.length);
            normalise(v, vocabulary.size(), v.length);
        }
        return v;
    }

    private List<String> tags(int item) {
        Track t = catalog.track(taste.bundle().itemId(item));
        if (t == null) return List.of();
        List<String> out = new java.util.ArrayList<>(t.tags());
        for (String a : t.artistIds()) {
            Artist artist = catalog.artist(a);
            if (artist != null) out.addAll(artist.tags());
        }
        return out.stream().map(s -> s.toLowerCase(java.util.Locale.ROOT)).distinct().toList();
    }

    /** Scales v[from, to) to length 1/sqrt(2) (leaves zeros alone). */
    private static void normalise(float[] v, int from, int to) {
        double n = 0;
        for (int i = from; i < to; i++) n += v[i] * v[i];
        if (n == 0) return;
        float s = (float) (Math.sqrt(0.5) / Math.sqrt(n));
        for (int i = from; i < to; i++) v[i] *= s;
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    /** The most common tag among the given tracks, weighted, or null when none has tags. */
    String dominantTag(Map<Integer, Double> weightedItems) {
        Map<String, Double> count = new HashMap<>();
        weightedItems.forEach((item, w) -> { for (String t : tags(item)) count.merge(t, w, Double::sum); });
        return count.entrySet().stream()
                .max((x, y) -> x.getValue().equals(y.getValue()) ? y.getKey().compareTo(x.getKey()) : Double.compare(x.getValue(), y.getValue()))
                .map(Map.Entry::getKey).orElse(null);
    }
}
