package dev.encore.app.engine;

import dev.encore.core.matrix.InteractionMatrix;
import dev.encore.ml.ItemFilter;
import dev.encore.ml.ScoredItem;
import dev.encore.ml.UserQuery;
import dev.encore.ml.serving.ModelBundle;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;

/** Recommendations for a known listener from a model bundle: heard items excluded, every item explained. */
public final class Recommending {
    private Recommending() {}

    public static List<Recommendation> forUser(ModelBundle bundle, String userId, int k, Collection<String> exclude) {
        if (k < 1) throw new IllegalArgumentException("k must be >= 1, got " + k);
        int user = bundle.interactions().users().indexOf(userId);
        if (user < 0)
            throw new IllegalArgumentException("unknown user '" + userId + "' (the model knows " + bundle.interactions().users().size()
                    + " users; check the id, or retrain after importing their listens)");
        InteractionMatrix m = bundle.interactions().matrix();
        BitSet excluded = new BitSet(m.cols());
        for (int p = m.rowStart(user); p < m.rowEnd(user); p++) excluded.set(m.indices()[p]);
        for (String id : exclude) {
            int i = bundle.interactions().items().indexOf(id);
            if (i >= 0) excluded.set(i);
        }
        List<ScoredItem> top = bundle.model().recommend(UserQuery.of(user, m), k, ItemFilter.excluding(excluded));
        return top.stream().map(s -> new Recommendation(bundle.itemId(s.item()), s.score(), s.source(),
                Arrays.stream(s.because()).mapToObj(bundle::itemId).toList())).toList();
    }
}
