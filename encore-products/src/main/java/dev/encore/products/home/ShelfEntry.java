package dev.encore.products.home;

/**
 * One card on a shelf. {@code kind} says what it opens: "track", "playlist" (then {@code id} is a playlist id),
 * "radio" ({@code id} is a seed such as "artist:a1" or "tag:jazz"), or whatever a new shelf source needs
 * ("episode", "show", ...). Every entry carries its reason.
 */
public record ShelfEntry(String kind, String id, String title, String subtitle, String reason) {
    public ShelfEntry {
        if (kind == null || kind.isBlank()) throw new IllegalArgumentException("shelf entry kind must be set, e.g. \"track\"");
        if (id == null || id.isBlank()) throw new IllegalArgumentException("shelf entry id must be set");
        if (title == null) title = id;
    }
}
