package dev.encore.core.domain;

import java.time.Instant;
import java.util.Objects;

/** An explicit signal about an item; {@code active=false} withdraws an earlier one (un-like, un-ban). */
public record Feedback(String userId, ItemKind itemKind, String itemId, FeedbackType type, Instant at, boolean active) {
    public Feedback {
        Ids.require("user id", userId);
        Ids.require("item id", itemId);
        Objects.requireNonNull(itemKind, "itemKind");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
    }
}
