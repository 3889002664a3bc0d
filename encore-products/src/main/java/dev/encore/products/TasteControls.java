package dev.encore.products;

import java.util.Set;

/**
 * A listener's taste controls, applied by every product: hidden tracks and artists are never served; tracks
 * excluded from taste (played for a child, to sleep, ...) still count as heard but never seed recommendations.
 */
public record TasteControls(Set<String> hiddenTracks, Set<String> hiddenArtists, Set<String> excludedFromTaste) {
    public static final TasteControls NONE = new TasteControls(Set.of(), Set.of(), Set.of());

    public TasteControls {
        hiddenTracks = Set.copyOf(hiddenTracks);
        hiddenArtists = Set.copyOf(hiddenArtists);
        excludedFromTaste = Set.copyOf(excludedFromTaste);
    }

    /** Where a product finds a listener's controls; the server adapts its store. */
    @FunctionalInterface
    public interface Source {
        TasteControls of(String userId);

        Source NONE = user -> TasteControls.NONE;
    }
}
