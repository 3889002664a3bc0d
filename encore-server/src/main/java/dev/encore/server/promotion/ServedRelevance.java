package dev.encore.server.promotion;

import dev.encore.ml.UserQuery;
import dev.encore.products.promotion.Relevance;
import dev.encore.server.serving.LoadedModel;
import dev.encore.server.serving.ModelHolder;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The served model's score of (listener, track) as promotion relevance: implicit ALS predicts a preference in about
 * [0, 1], the scale the allocator's quality margin is set on. Empty when the model does not know the listener or the
 * track (nothing can be promoted to a listener the model cannot score).
 */
public final class ServedRelevance implements Relevance {
    private final ModelHolder models;

    public ServedRelevance(ModelHolder models) {
        this.models = models;
    }

    @Override
    public OptionalDouble of(String listenerId, String trackId) {
        Optional<LoadedModel> current = models.current();
        if (current.isEmpty()) return OptionalDouble.empty();
        LoadedModel m = current.get();
        int u = m.interactions().users().indexOf(listenerId), i = m.interactions().items().indexOf(trackId);
        if (u < 0 || i < 0 || u >= m.model().userCount() || i >= m.model().itemCount()) return OptionalDouble.empty();
        float s = m.model().score(UserQuery.of(u, m.interactions().matrix()), new int[] {i})[0];
        return Float.isFinite(s) ? OptionalDouble.of(s) : OptionalDouble.empty();
    }
}
