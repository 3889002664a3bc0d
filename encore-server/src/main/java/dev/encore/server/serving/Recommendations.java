package dev.encore.server.serving;

import dev.encore.core.matrix.IdMap;
import dev.encore.core.matrix.InteractionMatrix;
import dev.encore.ml.ItemFilter;
import dev.encore.ml.ScoredItem;
import dev.encore.ml.UserQuery;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Turns a user id into a model query and the results back into ids: the user's trained row plus the fresh overlay
 * (so new listens count immediately), heard and banned items excluded, each result with its reason.
 */
public final class Recommendations {
    private final UserOverlay overlay;
    private final CatalogLookup catalog;

    public Recommendations(UserOverlay overlay, CatalogLookup catalog) {
        this.overlay = overlay;
        this.catalog = catalog;
    }

    /** A served item: id, score, and why (source + the history items behind it), with catalog names when known. */
    public record Item(String id, float score, String source, List<String> because, String title, List<String> artists) {}

    /** Recommendations, or empty when the user has no history in the model nor in the overlay. */
    public Optional<List<Item>> recommend(LoadedModel m, String userId, int k, Collection<String> exclude, boolean excludeHeard) {
        return recommend(m, userId, k, exclude, excludeHeard, true);
    }

    /** As above; {@code explain == false} lets the model skip computing reasons (items then carry none). */
    public Optional<List<Item>> recommend(LoadedModel m, String userId, int k, Collection<String> exclude, boolean excludeHeard,
                                          boolean explain) {
        Built q = query(m, userId);
        if (q == null) return Optional.empty();
        IdMap items = m.interactions().items();
        BitSet excluded = new BitSet(items.size());
        excluded.or(q.banned);
        if (excludeHeard) excluded.or(q.heard);
        for (String id : exclude) {
            int i = items.indexOf(id);
            if (i >= 0) excluded.set(i);
        }
        List<ScoredItem> scored = m.model().recommend(q.query, k, ItemFilter.excluding(excluded), explain);
        return Optional.of(toItems(m, scored));
    }

    /** Items similar to {@code itemId}, or empty when the model does not know the item. */
    public Optional<List<Item>> similar(LoadedModel m, String itemId, int k) {
        int i = m.interactions().items().indexOf(itemId);
        if (i < 0) return Optional.empty();
        return Optional.of(toItems(m, m.model().similarItems(i, k, ItemFilter.ALL)));
    }

    /** Whether the user has played the item, according to the trained history and the overlay. */
    public boolean heard(LoadedModel m, String userId, String itemId) {
        UserOverlay.Fresh fresh = overlay.of(userId);
        if (fresh.weights().containsKey(itemId)) return true;
        if (m == null) return false;
        int u = m.interactions().users().indexOf(userId), i = m.interactions().items().indexOf(itemId);
        return u >= 0 && i >= 0 && m.interactions().matrix().contains(u, i);
    }

    private record Built(UserQuery query, BitSet heard, BitSet banned) {}

    private Built query(LoadedModel m, String userId) {
        IdMap items = m.interactions().items();
        InteractionMatrix mx = m.interactions().matrix();
        int u = m.interactions().users().indexOf(userId);
        UserOverlay.Fresh fresh = overlay.of(userId);
        if (u < 0 && fresh.weights().isEmpty()) return null;
        if (fresh.isEmpty() && u < m.model().userCount()) {   // the common case: nothing new since training
            UserQuery q = UserQuery.of(u, mx);
            BitSet heard = new BitSet(items.size());
            for (int i : q.items()) heard.set(i);
            return new Built(q, heard, new BitSet());
        }
        TreeMap<Integer, Float> row = new TreeMap<>();
        BitSet heard = new BitSet(items.size()), banned = new BitSet(items.size());
        if (u >= 0) {
            for (int p = mx.rowStart(u); p < mx.rowEnd(u); p++) {
                row.put(mx.indices()[p], mx.values()[p]);
                heard.set(mx.indices()[p]);
            }
        }
        fresh.weights().forEach((id, w) -> {
            int i = items.indexOf(id);
            if (i >= 0) {
                row.merge(i, w, Float::sum);
                heard.set(i);
            }
        });
        for (String id : fresh.banned()) {
            int i = items.indexOf(id);
            if (i >= 0) {
                banned.set(i);
                row.remove(i);
            }
        }
        row.values().removeIf(w -> w <= 0f);   // skips and dislikes that outweigh plays leave the taste profile
        int[] idx = new int[row.size()];
        float[] w = new float[row.size()];
        int n = 0;
        for (var e : row.entrySet()) {
            idx[n] = e.getKey();
            w[n++] = e.getValue();
        }
        // Users the model never saw are folded in from their fresh items alone.
        int queryUser = u < m.model().userCount() ? u : -1;
        return new Built(new UserQuery(queryUser, idx, w), heard, banned);
    }

    private List<Item> toItems(LoadedModel m, List<ScoredItem> scored) {
        List<String> ids = scored.stream().map(s -> m.itemId(s.item())).toList();
        Map<String, CatalogLookup.TrackInfo> names = catalog.tracks(ids);
        List<Item> out = new ArrayList<>(scored.size());
        for (int n = 0; n < scored.size(); n++) {
            ScoredItem s = scored.get(n);
            String id = ids.get(n);
            List<String> because = new ArrayList<>(s.because().length);
            for (int b : s.because()) because.add(m.itemId(b));
            CatalogLookup.TrackInfo info = names.get(id);
            out.add(new Item(id, s.score(), s.source(), because,
                    info == null ? null : info.title(), info == null ? null : info.artists()));
        }
        return out;
    }
}
