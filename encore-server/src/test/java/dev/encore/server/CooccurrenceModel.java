package dev.encore.server;

import dev.encore.core.matrix.InteractionMatrix;
import dev.encore.ml.ItemFilter;
import dev.encore.ml.Model;
import dev.encore.ml.ScoredItem;
import dev.encore.ml.UserQuery;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A tiny test model: an item's score is the weighted number of times it co-occurs with the query's items, and the
 * query item contributing most is the reason. It scores from the query alone, so fresh interactions count at once,
 * like ALS fold-in. Not persisted (the test loaders rebuild it).
 */
final class CooccurrenceModel implements Model {
    private final InteractionMatrix byUser;
    private final InteractionMatrix byItem;

    CooccurrenceModel(InteractionMatrix m) {
        this.byUser = m;
        this.byItem = m.transpose();
    }

    @Override public String algorithm() { return "cooc"; }
    @Override public int userCount() { return byUser.rows(); }
    @Override public int itemCount() { return byUser.cols(); }

    @Override
    public List<ScoredItem> recommend(UserQuery q, int k, ItemFilter filter) {
        int n = itemCount();
        float[] score = new float[n], best = new float[n];
        int[] because = new int[n];
        for (int p = 0; p < q.items().length; p++) {
            float[] pair = cooccurrence(q.items()[p]);
            for (int j = 0; j < n; j++) {
                float c = pair[j] * q.weights()[p];
                score[j] += c;
                if (c > best[j]) {
                    best[j] = c;
                    because[j] = q.items()[p];
                }
            }
        }
        return top(score, because, k, filter, -1);
    }

    @Override
    public List<ScoredItem> similarItems(int item, int k, ItemFilter filter) {
        float[] pair = cooccurrence(item);
        int[] because = new int[itemCount()];
        java.util.Arrays.fill(because, item);
        return top(pair, because, k, filter, item);
    }

    @Override
    public float[] score(UserQuery q, int[] items) {
        List<ScoredItem> all = recommend(q, itemCount(), ItemFilter.ALL);
        float[] out = new float[items.length];
        for (int i = 0; i < items.length; i++)
            for (ScoredItem s : all) if (s.item() == items[i]) out[i] = s.score();
        return out;
    }

    @Override
    public void save(Path dir) {
        throw new UnsupportedOperationException("the test co-occurrence model is rebuilt by its loader, never saved");
    }

    private float[] cooccurrence(int item) {
        float[] pair = new float[itemCount()];
        for (int p = byItem.rowStart(item); p < byItem.rowEnd(item); p++) {
            int u = byItem.indices()[p];
            for (int r = byUser.rowStart(u); r < byUser.rowEnd(u); r++) {
                int j = byUser.indices()[r];
                if (j != item) pair[j] += 1;
            }
        }
        return pair;
    }

    private static List<ScoredItem> top(float[] score, int[] because, int k, ItemFilter filter, int self) {
        List<ScoredItem> out = new ArrayList<>();
        for (int j = 0; j < score.length; j++)
            if (j != self && score[j] > 0 && filter.allows(j)) out.add(new ScoredItem(j, score[j], "cooc", new int[]{because[j]}));
        out.sort(Comparator.comparingDouble((ScoredItem s) -> -s.score()).thenComparingInt(ScoredItem::item));
        return out.subList(0, Math.min(k, out.size()));
    }
}
