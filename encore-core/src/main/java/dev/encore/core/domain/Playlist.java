package dev.encore.core.domain;

import java.util.List;
import java.util.Objects;

/**
 * An ordered list of items. {@code period} is set for generated playlists ("2026-W47", "2026-11-23") so the same
 * inputs give the same playlist all period long; {@code ownerId} may be null for editorial playlists.
 */
public record Playlist(String id, String ownerId, String title, String description, PlaylistKind kind,
                       String period, List<PlaylistItem> items, String source) {
    public Playlist {
        Ids.require("playlist id", id);
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        items = List.copyOf(items);
    }
}
