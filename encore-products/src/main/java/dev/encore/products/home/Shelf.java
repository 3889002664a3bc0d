package dev.encore.products.home;

import java.util.List;

/**
 * A row of the home page: its source's id and position, a title and subtitle, the cards, and the playlist it
 * shows when the whole shelf is one playlist (null otherwise), so clients can link the full list and its exports.
 */
public record Shelf(String id, int position, String title, String subtitle, List<ShelfEntry> entries, String playlistId) {
    public Shelf {
        entries = List.copyOf(entries);
    }
}
