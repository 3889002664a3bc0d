package dev.encore.server.serving;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Interactions that arrived after the served model was trained, per user, keyed by external ids so they survive
 * model swaps and cover items the model has not seen. Recommendations fold them into the user's query at once
 * (real time without retraining). Each user keeps at most {@code maxItemsPerUser} items, oldest dropped first.
 */
public final class UserOverlay {
    private final int maxItemsPerUser;
    private final Map<String, State> users = new ConcurrentHashMap<>();

    public UserOverlay(int maxItemsPerUser) {
        if (maxItemsPerUser < 1) throw new IllegalArgumentException("maxItemsPerUser must be >= 1, got " + maxItemsPerUser);
        this.maxItemsPerUser = maxItemsPerUser;
    }

    /** Adds {@code weight} (negative for skips and dislikes) to (user, item). */
    public void add(String userId, String itemId, float weight) {
        State s = users.computeIfAbsent(userId, u -> new State());
        synchronized (s) {
            Float old = s.weights.remove(itemId);   // re-insert so the item counts as most recent
            s.weights.put(itemId, (old == null ? 0f : old) + weight);
            while (s.weights.size() > maxItemsPerUser) s.weights.remove(s.weights.keySet().iterator().next());
        }
    }

    /** Bans an item for the user (never recommended, removed from the taste profile), or lifts the ban. */
    public void ban(String userId, String itemId, boolean banned) {
        State s = users.computeIfAbsent(userId, u -> new State());
        synchronized (s) {
            if (banned) s.banned.add(itemId); else s.banned.remove(itemId);
        }
    }

    /** A consistent copy of the user's fresh interactions (empty when none). */
    public Fresh of(String userId) {
        State s = users.get(userId);
        if (s == null) return Fresh.EMPTY;
        synchronized (s) {
            return new Fresh(new LinkedHashMap<>(s.weights), new HashSet<>(s.banned));
        }
    }

    public int userCount() {
        return users.size();
    }

    /** Fresh weights by item id and banned item ids. */
    public record Fresh(Map<String, Float> weights, Set<String> banned) {
        static final Fresh EMPTY = new Fresh(Map.of(), Set.of());

        public boolean isEmpty() {
            return weights.isEmpty() && banned.isEmpty();
        }
    }

    private static final class State {
        final LinkedHashMap<String, Float> weights = new LinkedHashMap<>();
        final Set<String> banned = new HashSet<>();
    }
}
