package dev.encore.ml.registry;

import dev.encore.ml.ItemFilter;
import dev.encore.ml.ScoredItem;
import dev.encore.ml.UserQuery;
import dev.encore.ml.topk.TopK;

import java.util.ArrayList;
import java.util.List;

/**
 * Argument checks and result assembly shared by the built-in models, so every model rejects bad input with the same
 * clear messages and turns scores into {@link ScoredItem}s the same way.
 */
public final class Queries {
    private Queries() {}

    public static void checkK(int k) {
        if (k < 0) throw new IllegalArgumentException("k must be >= 0, got " + k);
    }

    public static void checkItem(String what, int item, int itemCount) {
        if (item < 0 || item >= itemCount)
            throw new IllegalArgumentException(what + " " + item + " is out of range: the model knows " + itemCount
                    + " items (dense indices 0.." + (itemCount - 1) + "); map ids with the IdMap the model was trained with");
    }

    /**
     * Checks a query against a model's shape: the user is -1 or a known index, items are in range and ascending,
     * weights are finite. Models that ignore the user index pass {@code userCount = Integer.MAX_VALUE}.
     */
    public static void checkQuery(UserQuery q, int userCount, int itemCount) {
        if (q == null) throw new IllegalArgumentException("query is null: pass UserQuery.of(user, matrix) or UserQuery.anonymous(items, weights)");
        if (q.user() < -1 || q.user() >= userCount)
            throw new IllegalArgumentException("query user " + q.user() + " is out of range: the model knows " + userCount
                    + " users (dense indices 0.." + (userCount - 1) + "); use -1 for a user it has not seen");
        int[] items = q.items();
        float[] w = q.weights();
        for (int p = 0; p < items.length; p++) {
            checkItem("query item", items[p], itemCount);
            if (p > 0 && items[p] <= items[p - 1])
                throw new IllegalArgumentException("query items must be strictly ascending (as in a matrix row); item "
                        + items[p] + " follows " + items[p - 1] + " at position " + p);
            if (!Float.isFinite(w[p]))
                throw new IllegalArgumentException("query weight for item " + items[p] + " is " + w[p] + "; weights must be finite");
        }
    }

    public static void checkItems(int[] items, int itemCount) {
        for (int item : items) checkItem("scored item", item, itemCount);
    }

    /**
     * The best {@code k} of {@code candidates} by {@code scores[item]}, skipping {@code self}, items the filter rejects
     * and scores not above {@code floor}. Pass {@code candidates = null} to consider every item.
     */
    public static TopK.Result top(float[] scores, int[] candidates, int candidateCount, int k, ItemFilter filter,
                                  int self, float floor) {
        if (k == 0) return new TopK(0).drain();
        TopK top = new TopK(k);
        int n = candidates == null ? scores.length : candidateCount;
        for (int c = 0; c < n; c++) {
            int item = candidates == null ? c : candidates[c];
            float s = scores[item];
            if (item == self || !(s > floor) || s < top.threshold()) continue;
            if (filter.allows(item)) top.offer(item, s);
        }
        return top.drain();
    }

    /** Wraps a top-K result as scored items without reasons. */
    public static List<ScoredItem> scored(TopK.Result r, String source) {
        List<ScoredItem> out = new ArrayList<>(r.size());
        for (int i = 0; i < r.size(); i++) out.add(new ScoredItem(r.items()[i], r.scores()[i], source));
        return out;
    }

    /** A per-history-item contribution to one recommended item, for {@link #because}. */
    @FunctionalInterface
    public interface Contribution {
        float of(int historyPosition);
    }

    /** Up to {@code max} history items with the largest positive contributions, largest first. */
    public static int[] because(int[] history, Contribution contribution, int max) {
        TopK top = new TopK(max);
        for (int p = 0; p < history.length; p++) {
            float c = contribution.of(p);
            if (c > 0) top.offer(history[p], c);
        }
        return top.drain().items();
    }
}
