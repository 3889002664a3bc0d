package dev.encore.core.matrix;

import dev.encore.core.domain.Feedback;
import dev.encore.core.domain.FeedbackType;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.PlayCount;

import java.util.HashSet;
import java.util.Set;

/**
 * Streams listens, feedback and aggregated counts into an {@link Interactions} in one pass, applying a
 * {@link ConfidenceWeighting}. Memory is proportional to the number of signals, not to users × items.
 * Only signals about the configured item kind's ids are kept; the caller decides which events to feed.
 */
public final class InteractionsBuilder {
    private final ConfidenceWeighting weighting;
    private final IdMap users;
    private final IdMap items;
    private final MatrixBuilder cells = new MatrixBuilder(1 << 16);
    private final Set<Long> removed = new HashSet<>();

    public InteractionsBuilder(ConfidenceWeighting weighting) {
        this(weighting, new IdMap(), new IdMap());
    }

    /** Starts from existing id maps so new matrices keep the indices of a model trained earlier. */
    public InteractionsBuilder(ConfidenceWeighting weighting, IdMap users, IdMap items) {
        this.weighting = weighting;
        this.users = users;
        this.items = items;
    }

    /** Adds a play; {@code durationMs} is the item's length (≤ 0 when unknown). */
    public void listen(ListenEvent e, long durationMs) {
        add(e.userId(), e.itemId(), weighting.playWeight(e.msPlayed(), durationMs, e.skipped()));
    }

    public void playCount(PlayCount c) {
        add(c.userId(), c.itemId(), weighting.countWeight(c.count()));
    }

    public void feedback(Feedback f) {
        if (!f.active()) return;
        FeedbackType t = f.type();
        switch (t) {
            case LIKE -> add(f.userId(), f.itemId(), weighting.like());
            case SAVE -> add(f.userId(), f.itemId(), weighting.save());
            case DISLIKE, HIDE -> add(f.userId(), f.itemId(), weighting.dislike());
            case BAN, EXCLUDE -> removed.add(key(users.add(f.userId()), items.add(f.itemId())));
            case FOLLOW -> { /* follows are graph edges, not item preferences */ }
        }
    }

    /** Adds a raw weight for (user, item). */
    public void add(String userId, String itemId, float weight) {
        cells.add(users.add(userId), items.add(itemId), weight);
    }

    public Interactions build() {
        InteractionMatrix m = cells.build(users.size(), items.size(), true);
        if (!removed.isEmpty()) m = without(m, removed);
        return new Interactions(users, items, m);
    }

    private static long key(int user, int item) {
        return ((long) user << 32) | item;
    }

    private static InteractionMatrix without(InteractionMatrix m, Set<Long> removed) {
        MatrixBuilder kept = new MatrixBuilder(m.nnz());
        for (int u = 0; u < m.rows(); u++) {
            for (int p = m.rowStart(u); p < m.rowEnd(u); p++) {
                int i = m.indices()[p];
                if (!removed.contains(key(u, i))) kept.add(u, i, m.values()[p]);
            }
        }
        return kept.build(m.rows(), m.cols(), true);
    }
}
