package dev.encore.server.serving;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Interactions that arrived after the served model's training data was read, per user, keyed by external ids so
 * they survive model swaps and cover items the model has not seen. Recommendations fold them into the user's query
 * at once (real time without retraining). When a newer model is swapped in, entries that arrived before its data
 * was read are dropped ({@link #pruneBefore}), since the model has them. Each user keeps about
 * {@code maxItemsPerUser} items (up to a quarter more), least recently touched dropped first (see {@link FreshItems}).
 */
public final class UserOverlay {
    private final int maxItemsPerUser;
    private final Clock clock;
    private final Map<String, State> users = new ConcurrentHashMap<>();
    private final IdInterner ids = new IdInterner(1 << 20);

    public UserOverlay(int maxItemsPerUser, Clock clock) {
        if (maxItemsPerUser < 1) throw new IllegalArgumentException("maxItemsPerUser must be >= 1, got " + maxItemsPerUser);
        this.maxItemsPerUser = maxItemsPerUser;
        this.clock = clock;
    }

    /** Adds {@code weight} (negative for skips and dislikes) to (user, item). */
    public void add(String userId, String itemId, float weight) {
        long now = clock.millis();
        State s = users.computeIfAbsent(userId, u -> new State(maxItemsPerUser));
        String id = ids.intern(itemId);
        synchronized (s) {
            s.items.add(id, weight, now);
        }
    }

    /** Bans an item for the user (never recommended, removed from the taste profile), or lifts the ban. */
    public void ban(String userId, String itemId, boolean banned) {
        State s = users.computeIfAbsent(userId, u -> new State(maxItemsPerUser));
        synchronized (s) {
            if (banned) s.banned.add(itemId); else s.banned.remove(itemId);
        }
    }

    /** A consistent copy of the user's fresh interactions (empty when none). */
    public Fresh of(String userId) {
        State s = users.get(userId);
        if (s == null) return Fresh.EMPTY;
        synchronized (s) {
            return new Fresh(s.items.snapshot(), new HashSet<>(s.banned));
        }
    }

    /**
     * Drops items last touched before {@code cutoff} (a newly served model was trained on them). Bans stay: they
     * are cheap and a model may still hold the banned item's older plays.
     */
    public void pruneBefore(Instant cutoff) {
        long c = cutoff.toEpochMilli();
        for (Iterator<Map.Entry<String, State>> it = users.entrySet().iterator(); it.hasNext(); ) {
            State s = it.next().getValue();
            synchronized (s) {
                s.items.pruneBefore(c);
                if (s.items.isEmpty() && s.banned.isEmpty()) it.remove();
            }
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
        final FreshItems items;
        final Set<String> banned = new HashSet<>();

        State(int maxItems) {
            items = new FreshItems(maxItems);
        }
    }
}
