package dev.encore.store;

import dev.encore.core.domain.Feedback;
import dev.encore.core.domain.FeedbackType;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.PlayCount;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/** Explicit feedback (the latest per user, item and type, withdrawals included) and aggregated play counts. */
public final class SignalRepository {
    private final Database db;

    SignalRepository(Database db) {
        this.db = db;
    }

    /** Streams all feedback ordered by user, then item, with constant memory. */
    public void forEachFeedback(Consumer<? super Feedback> sink) {
        db.read("scan feedback", c -> {
            Query.each(c, "SELECT * FROM feedback ORDER BY user_id, item_kind, item_id, type", Rows::feedback, sink);
            return null;
        });
    }

    /** A user's feedback, newest first. */
    public List<Feedback> feedbackOf(String userId) {
        return db.read("load feedback of user " + userId, c -> Query.list(c,
                "SELECT * FROM feedback WHERE user_id = ? ORDER BY at DESC, item_kind, item_id, type", Rows::feedback, userId));
    }

    /** The latest feedback of one type a user gave an item, if any (check {@link Feedback#active()}). */
    public Optional<Feedback> feedback(String userId, ItemKind kind, String itemId, FeedbackType type) {
        return db.read("load feedback of user " + userId, c -> Query.one(c,
                "SELECT * FROM feedback WHERE user_id = ? AND item_kind = ? AND item_id = ? AND type = ?", Rows::feedback,
                userId, Rows.wire(kind), itemId, type.name().toLowerCase(Locale.ROOT)));
    }

    /** Streams all aggregated play counts ordered by user, then item, with constant memory. */
    public void forEachPlayCount(Consumer<? super PlayCount> sink) {
        db.read("scan play counts", c -> {
            Query.each(c, "SELECT * FROM play_counts ORDER BY user_id, item_kind, item_id", Rows::playCount, sink);
            return null;
        });
    }

    /** A user's aggregated play counts, highest first. */
    public List<PlayCount> playCountsOf(String userId) {
        return db.read("load play counts of user " + userId, c -> Query.list(c,
                "SELECT * FROM play_counts WHERE user_id = ? ORDER BY count DESC, item_kind, item_id", Rows::playCount, userId));
    }
}
