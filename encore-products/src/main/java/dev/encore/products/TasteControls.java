package dev.encore.products;

import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A listener's taste controls, applied by every product: hidden tracks and artists are never served; tracks
 * excluded from taste (played for a child, to sleep, ...) still count as heard but never seed recommendations.
 * Listens played from an excluded playlist or an excluded context ("sleep", "kids": matched against the listen's
 * context type or context id, case-insensitively) do not count as taste either; {@link #withContextExclusions}
 * turns them into excluded tracks, because trained models see plays aggregated per track, not per context.
 */
public record TasteControls(Set<String> hiddenTracks, Set<String> hiddenArtists, Set<String> excludedFromTaste,
                            Set<String> excludedPlaylists, Set<String> excludedContexts) {
    public static final TasteControls NONE = new TasteControls(Set.of(), Set.of(), Set.of());

    public TasteControls {
        hiddenTracks = Set.copyOf(hiddenTracks);
        hiddenArtists = Set.copyOf(hiddenArtists);
        excludedFromTaste = Set.copyOf(excludedFromTaste);
        excludedPlaylists = Set.copyOf(excludedPlaylists);
        Set<String> contexts = new HashSet<>();
        for (String c : excludedContexts) contexts.add(c.toLowerCase(Locale.ROOT));
        excludedContexts = Set.copyOf(contexts);
    }

    /** Controls without playlist or context exclusions. */
    public TasteControls(Set<String> hiddenTracks, Set<String> hiddenArtists, Set<String> excludedFromTaste) {
        this(hiddenTracks, hiddenArtists, excludedFromTaste, Set.of(), Set.of());
    }

    /** True when this listen must not shape the listener's taste (its track, playlist or context is excluded). */
    public boolean excludes(ListenEvent e) {
        if (e.itemKind() == ItemKind.TRACK && excludedFromTaste.contains(e.itemId())) return true;
        if (e.contextId() != null && (excludedPlaylists.contains(e.contextId())
                || excludedContexts.contains(e.contextId().toLowerCase(Locale.ROOT)))) return true;
        return e.contextType() != null && excludedContexts.contains(e.contextType().toLowerCase(Locale.ROOT));
    }

    /** True when a track may be served: neither it nor its primary artist is hidden. */
    public boolean allows(String trackId, String primaryArtistId) {
        return !hiddenTracks.contains(trackId) && (primaryArtistId == null || !hiddenArtists.contains(primaryArtistId));
    }

    /** True when there are playlist or context exclusions, which need the listener's listens to resolve. */
    public boolean hasContextExclusions() {
        return !excludedPlaylists.isEmpty() || !excludedContexts.isEmpty();
    }

    /**
     * These controls with every track the listener played only in excluded playlists or contexts added to
     * {@link #excludedFromTaste()}; a track also played elsewhere keeps counting (the other plays are taste).
     */
    public TasteControls withContextExclusions(Iterable<ListenEvent> listens) {
        if (!hasContextExclusions()) return this;
        Set<String> excludedOnly = new HashSet<>(), elsewhere = new HashSet<>();
        for (ListenEvent e : listens) {
            if (e.itemKind() != ItemKind.TRACK) continue;
            if (excludes(e)) excludedOnly.add(e.itemId());
            else elsewhere.add(e.itemId());
        }
        excludedOnly.removeAll(elsewhere);
        if (excludedOnly.isEmpty()) return this;
        excludedOnly.addAll(excludedFromTaste);
        return new TasteControls(hiddenTracks, hiddenArtists, excludedOnly, excludedPlaylists, excludedContexts);
    }

    /** Where a product finds a listener's controls; the server adapts its store. */
    @FunctionalInterface
    public interface Source {
        TasteControls of(String userId);

        Source NONE = user -> TasteControls.NONE;
    }
}
