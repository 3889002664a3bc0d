package dev.encore.products.prompt;

import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.Track;
import dev.encore.products.Catalog;
import dev.encore.products.ListeningHistory;
import dev.encore.products.TasteModel;
import dev.encore.ml.ScoredItem;
import dev.encore.ml.UserQuery;
import dev.encore.ml.serving.ModelBundle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link ListenerTaste} from the served collaborative model (scores, recommendations) and the listening history
 * (top artists over all time). A listener the model has not seen gets no scores; their history still counts.
 * {@code model} may be null (no model trained yet).
 */
public final class ModelTaste implements ListenerTaste {
    private static final Instant FIRST = Instant.EPOCH, LAST = Instant.parse("9999-01-01T00:00:00Z");
    private final TasteModel model;
    private final ListeningHistory history;
    private final Catalog catalog;

    public ModelTaste(TasteModel model, ListeningHistory history, Catalog catalog) {
        this.model = model;
        this.history = history;
        this.catalog = catalog;
    }

    @Override
    public Map<String, Double> scores(String userId, List<String> trackIds) {
        int u = userIndex(userId);
        if (u < 0 || trackIds.isEmpty()) return Map.of();
        ModelBundle b = model.bundle();
        List<String> known = new ArrayList<>();
        List<Integer> items = new ArrayList<>();
        for (String id : trackIds) {
            int i = b.interactions().items().indexOf(id);
            if (i >= 0) { known.add(id); items.add(i); }
        }
        float[] s = b.model().score(UserQuery.of(u, b.interactions().matrix()), items.stream().mapToInt(Integer::intValue).toArray());
        Integer[] order = new Integer[s.length];
        for (int k = 0; k < s.length; k++) order[k] = k;
        java.util.Arrays.sort(order, Comparator.comparingDouble(k -> s[k]));
        Map<String, Double> out = new HashMap<>();
        for (int r = 0; r < order.length; r++) out.put(known.get(order[r]), order.length == 1 ? 1.0 : (double) r / (order.length - 1));
        return out;
    }

    @Override
    public Map<String, Double> topArtists(String userId, int n) {
        if (userId == null || history == null) return Map.of();
        Map<String, Integer> plays = new HashMap<>();
        int total = 0;
        for (ListenEvent e : history.listens(userId, FIRST, LAST)) {
            Track t = catalog.track(e.itemId());
            if (t == null || t.primaryArtistId() == null) continue;
            plays.merge(t.primaryArtistId(), 1, Integer::sum);
            total++;
        }
        int sum = total;
        Map<String, Double> out = new LinkedHashMap<>();
        plays.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .limit(n).forEach(e -> out.put(e.getKey(), (double) e.getValue() / sum));
        return out;
    }

    @Override
    public List<String> recommended(String userId, int n) {
        int u = userIndex(userId);
        if (u < 0) return List.of();
        ModelBundle b = model.bundle();
        List<ScoredItem> recs = b.model().recommend(UserQuery.of(u, b.interactions().matrix()), n, item -> true);
        return recs.stream().map(r -> b.itemId(r.item())).toList();
    }

    private int userIndex(String userId) {
        if (userId == null || model == null) return -1;
        return model.bundle().interactions().users().indexOf(userId);
    }
}
