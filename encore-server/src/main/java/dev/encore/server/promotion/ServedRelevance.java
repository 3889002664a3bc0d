package dev.encore.server.promotion;

import dev.encore.ml.Model;
import dev.encore.ml.UserQuery;
import dev.encore.products.promotion.Relevance;
import dev.encore.server.serving.LoadedModel;
import dev.encore.server.serving.ModelHolder;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The served model's score of (listener, track) as promotion relevance: implicit ALS predicts a preference in about
 * [0, 1], the scale the allocator's quality margin is set on. Empty when the model does not know the listener or the
 * track (nothing can be promoted to a listener the model cannot score).
 * <p>
 * A request asks about one listener's tracks one at a time (its organic batch, then every campaign's tracks), so the
 * listener's query (user lookup, history row and the model's prepared {@link Model#scorer}, for ALS its factor) is
 * built on the first call and kept for the following ones. It depends only on the served model and the listener (the model's own training history, not the live
 * overlay), so reusing it never changes a score; a model swap or another listener replaces it.
 */
public final class ServedRelevance implements Relevance {
    private final ModelHolder models;
    /** The last listener's query, with the model it was built against: a request's calls for its listener come in a row. */
    private final AtomicReference<ListenerQuery> last = new AtomicReference<>();

    public ServedRelevance(ModelHolder models) {
        this.models = models;
        models.onSwap(m -> last.set(null));   // do not keep the replaced model alive
    }

    @Override
    public OptionalDouble of(String listenerId, String trackId) {
        return queryFor(listenerId).score(trackId);
    }

    private ListenerQuery queryFor(String listenerId) {
        LoadedModel m = models.current().orElse(null);
        ListenerQuery q = last.get();
        if (q != null && q.model() == m && Objects.equals(q.listenerId(), listenerId)) return q;
        q = ListenerQuery.build(m, listenerId);
        last.set(q);
        return q;
    }

    /** A listener's scorer against one model version; {@code scorer} is null when that model cannot score the listener. */
    private record ListenerQuery(LoadedModel model, String listenerId, Model.ItemScorer scorer) {
        static ListenerQuery build(LoadedModel m, String listenerId) {
            if (m == null) return new ListenerQuery(null, listenerId, null);
            int u = m.interactions().users().indexOf(listenerId);
            if (u < 0 || u >= m.model().userCount()) return new ListenerQuery(m, listenerId, null);
            return new ListenerQuery(m, listenerId, m.model().scorer(UserQuery.of(u, m.interactions().matrix())));
        }

        OptionalDouble score(String trackId) {
            if (scorer == null) return OptionalDouble.empty();
            int i = model.interactions().items().indexOf(trackId);
            if (i < 0 || i >= model.model().itemCount()) return OptionalDouble.empty();
            float s = scorer.score(i);
            return Float.isFinite(s) ? OptionalDouble.of(s) : OptionalDouble.empty();
        }
    }
}
