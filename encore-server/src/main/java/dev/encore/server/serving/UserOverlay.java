package dev.encore.server.serving;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Interactions that arrived after the served model's training data was read, per user, keyed by external ids so
 * they survive model swaps and cover items the model has not seen. Recommendations fold them into the user's query
 * at once (real time without retraining). When a newer model is swapped in, entries that arrived before its data
 * was read are dropped ({@link #pruneBefore}), since the model has them. Each user keeps about
 * {@code maxItemsPerUser} items (up to a quarter more), least recently touched dropped first (see {@link FreshItems}).
 * All users together keep at most {@code maxItems}: past that, the least recently active users lose their fresh
 * items (not their bans) until a tenth of the budget is free, so memory stays bounded however many users ingest
 * between two models; those users are served from the model alone until they play again.
 */
public final class UserOverlay {
    /** The default budget of fresh items over all users: ~0.4 GB at ~50 bytes an item. */
    public static final long DEFAULT_MAX_ITEMS = 8_000_000;

    private final int maxItemsPerUser;
    private final long maxItems;
    private final Clock clock;
    private final Map<String, State> users = new ConcurrentHashMap<>();
    private final IdInterner ids = new IdInterner(1 << 20);
    private final AtomicLong items = new AtomicLong();       // fresh items over all users
    private final AtomicLong activity = new AtomicLong();    // orders users by their latest add
    private final AtomicBoolean trimming = new AtomicBoolean();

    public UserOverlay(int maxItemsPerUser, Clock clock) {
        this(maxItemsPerUser, DEFAULT_MAX_ITEMS, clock);
    }

    public UserOverlay(int maxItemsPerUser, long maxItems, Clock clock) {
        if (maxItemsPerUser < 1) throw new IllegalArgumentException("maxItemsPerUser must be >= 1, got " + maxItemsPerUser);
        if (maxItems < maxItemsPerUser) throw new IllegalArgumentException("maxItems (" + maxItems
                + ") must be at least maxItemsPerUser (" + maxItemsPerUser + ")");
        this.maxItemsPerUser = maxItemsPerUser;
        this.maxItems = maxItems;
        this.clock = clock;
    }

    /** Adds {@code weight} (negative for skips and dislikes) to (user, item). */
    public void add(String userId, String itemId, float weight) {
        long now = clock.millis();
        String id = ids.intern(itemId);
        while (true) {
            State s = users.computeIfAbsent(userId, u -> new State(maxItemsPerUser));
            int added;
            synchronized (s) {
                if (s.evicted) continue; // trimmed away meanwhile: add to the user's new state
                int before = s.items.size();
                s.items.add(id, weight, now);
                added = s.items.size() - before;
                s.lastActive = activity.incrementAndGet();
            }
            if (items.addAndGet(added) > maxItems) trim();
            return;
        }
    }

    /** Drops the fresh items of the least recently active users until a tenth of the budget is free. */
    private void trim() {
        if (!trimming.compareAndSet(false, true)) return;
        try {
            record Seen(String user, State state, long lastActive) {}
            List<Seen> byActivity = new ArrayList<>(users.size());
            users.forEach((user, state) -> byActivity.add(new Seen(user, state, state.lastActive))); // a stable sort key
            byActivity.sort(Comparator.comparingLong(Seen::lastActive));
            long target = maxItems - maxItems / 10;
            for (Seen seen : byActivity) {
                if (items.get() <= target) break;
                State s = seen.state();
                synchronized (s) {
                    items.addAndGet(-s.items.size());
                    s.items.clear();
                    if (s.banned.isEmpty()) {
                        s.evicted = true;
                        users.remove(seen.user(), s);
                    }
                }
            }
        } finally {
            trimming.set(false);
        }
    }

    /** Fresh items held over all users. */
    long itemCount() {
        return items.get();
    }

    /** Bans an item for the user (never recommended, removed from the taste profile), or lifts the ban. */
    public void ban(String userId, String itemId, boolean banned) {
        while (true) {
            State s = users.computeIfAbsent(userId, u -> new State(maxItemsPerUser));
            synchronized (s) {
                if (s.evicted) continue; // removed meanwhile: record the ban in the user's new state
                if (banned) s.banned.add(itemId); else s.banned.remove(itemId);
                return;
            }
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
                int before = s.items.size();
                s.items.pruneBefore(c);
                items.addAndGet(s.items.size() - before);
                if (s.items.isEmpty() && s.banned.isEmpty()) {
                    s.evicted = true;
                    it.remove();
                }
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
        volatile long lastActive;
        boolean evicted; // removed from the map: an add that raced with the removal must start over

        State(int maxItems) {
            items = new FreshItems(maxItems);
        }
    }
}
