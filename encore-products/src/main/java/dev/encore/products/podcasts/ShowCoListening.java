package dev.encore.products.podcasts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which shows share listeners: for shows a and b, {@code listeners(a and b) / sqrt(listeners(a) x listeners(b))}
 * (cosine of their listener sets), so a show everybody plays is not everybody's neighbour. A listener counts for
 * a show once they played any of its episodes; listeners of more than {@link #MAX_SHOWS_PER_LISTENER} shows are
 * read for their first ones by id only, keeping the pair count bounded.
 */
public final class ShowCoListening {
    static final int MAX_SHOWS_PER_LISTENER = 200;

    private final Map<String, Integer> listeners = new HashMap<>();
    private final Map<String, Map<String, Integer>> together = new HashMap<>();

    /** @param showsByListener the shows each listener played (ids; music is never in here) */
    public ShowCoListening(Map<String, ? extends Set<String>> showsByListener) {
        for (Set<String> shows : showsByListener.values()) {
            List<String> s = new ArrayList<>(new TreeSet<>(shows));
            if (s.size() > MAX_SHOWS_PER_LISTENER) s = s.subList(0, MAX_SHOWS_PER_LISTENER);
            for (String a : s) listeners.merge(a, 1, Integer::sum);
            for (int i = 0; i < s.size(); i++) {
                for (int j = i + 1; j < s.size(); j++) {
                    together.computeIfAbsent(s.get(i), k -> new HashMap<>()).merge(s.get(j), 1, Integer::sum);
                    together.computeIfAbsent(s.get(j), k -> new HashMap<>()).merge(s.get(i), 1, Integer::sum);
                }
            }
        }
    }

    /** Cosine of the two shows' listener sets, 0 when they share none. */
    public double similarity(String a, String b) {
        int both = together.getOrDefault(a, Map.of()).getOrDefault(b, 0);
        if (both == 0) return 0;
        return both / Math.sqrt((double) listeners.get(a) * listeners.get(b));
    }

    /** Shows that share listeners with {@code show}. */
    public Set<String> neighbours(String show) {
        return Collections.unmodifiableSet(together.getOrDefault(show, Map.of()).keySet());
    }

    public int listeners(String show) {
        return listeners.getOrDefault(show, 0);
    }
}
