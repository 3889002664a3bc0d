package dev.encore.core.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A user tagging an item (HetRec's user_taggedartists); {@code date} may be null. */
public record TagAssignment(String userId, ItemKind itemKind, String itemId, String tag, LocalDate date) {
    public TagAssignment {
        Ids.require("user id", userId);
        Ids.require("item id", itemId);
        Objects.requireNonNull(itemKind, "itemKind");
        Objects.requireNonNull(tag, "tag");
    }
}
