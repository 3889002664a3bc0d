package dev.encore.products.radio;

import dev.encore.core.domain.Track;
import dev.encore.ml.UserQuery;
import dev.encore.ml.als.AlsModel;
import dev.encore.products.Catalog;
import dev.encore.products.TasteModel;

import java.util.Locale;

/**
 * Unit-length item factors of the current ALS model, where radio sessions steer: a seed becomes a direction (a
 * track's factor; the mean of an artist's or tag's tracks; the listener's folded-in user vector) and items are
 * scored by cosine to it.
 */
final class FactorSpace {
    final int items, dims;
    private final float[] unit;
    private final AlsModel als;

    FactorSpace(TasteModel taste) {
        if (!(taste.bundle().model() instanceof AlsModel a))
            throw new IllegalArgumentException("radio steers in item-factor space and needs an ALS model, but the current model is '"
                    + taste.bundle().model().algorithm() + "': train with --algo als");
        als = a;
        items = a.itemCount();
        dims = a.factors();
        unit = a.itemFactors().clone();
        for (int i = 0; i < items; i++) normalise(unit, i * dims, dims);
    }

    float[] item(int i) {
        return java.util.Arrays.copyOfRange(unit, i * dims, (i + 1) * dims);
    }

    double cosine(float[] unitQuery, int item) {
        double s = 0;
        for (int d = 0, o = item * dims; d < dims; d++) s += unitQuery[d] * unit[o + d];
        return s;
    }

    /** The unit direction for a seed; throws with what to fix when the seed is unknown. */
    float[] direction(RadioSeed seed, TasteModel taste, Catalog catalog, UserQuery tasteQuery) {
        float[] q = new float[dims];
        switch (seed.kind()) {
            case TRACK -> {
                int i = taste.bundle().interactions().items().indexOf(seed.value());
                if (i < 0) throw new IllegalArgumentException("radio seed track '" + seed.value() + "' is not in the current model: pick a track with listens");
                q = item(i);
            }
            case ARTIST, TAG -> {
                int n = 0;
                for (int i = 0; i < items; i++) {
                    Track t = catalog.track(taste.bundle().itemId(i));
                    if (t == null) continue;
                    boolean match = seed.kind() == RadioSeed.Kind.ARTIST ? t.artistIds().contains(seed.value())
                            : t.tags().stream().anyMatch(tag -> tag.toLowerCase(Locale.ROOT).equals(seed.value().toLowerCase(Locale.ROOT)));
                    if (match) {
                        for (int d = 0; d < dims; d++) q[d] += unit[i * dims + d];
                        n++;
                    }
                }
                if (n == 0) throw new IllegalArgumentException("radio seed " + seed.kind().name().toLowerCase(Locale.ROOT) + " '"
                        + seed.value() + "' matches no track in the current model");
            }
            case TASTE -> {
                if (tasteQuery.items().length == 0)
                    throw new IllegalArgumentException("listener '" + seed.value() + "' has no listens yet: start a radio from a track, artist or tag");
                q = als.userVector(tasteQuery);
            }
        }
        normalise(q, 0, dims);
        return q;
    }

    static void normalise(float[] v, int from, int len) {
        double n = 0;
        for (int d = from; d < from + len; d++) n += v[d] * v[d];
        if (n == 0) return;
        float s = (float) (1 / Math.sqrt(n));
        for (int d = from; d < from + len; d++) v[d] *= s;
    }
}
