package dev.encore.core.domain;

import java.util.Objects;

/**
 * An aggregated listening weight with no timestamps (e.g. HetRec's user–artist play counts).
 * Kept apart from {@link ListenEvent} so aggregates are never mistaken for individual plays.
 */
public record PlayCount(String userId, ItemKind itemKind, String itemId, long count, String source) {
    public PlayCount {
        Ids.require("user id", userId);
        Ids.require("item id", itemId);
        Objects.requireNonNull(itemKind, "itemKind");
        if (count < 0) throw new IllegalArgumentException("count must be >= 0, got " + count);
    }
}
