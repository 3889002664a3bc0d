package dev.encore.core.domain;

import java.util.Objects;

/** One entry of a playlist with the reason it is there ("because you played X"); reason may be null for user playlists. */
public record PlaylistItem(ItemKind itemKind, String itemId, String reason) {
    public PlaylistItem {
        Objects.requireNonNull(itemKind, "itemKind");
        Ids.require("item id", itemId);
    }
}
