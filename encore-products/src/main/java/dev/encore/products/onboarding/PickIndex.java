package dev.encore.products.onboarding;

import dev.encore.core.domain.Artist;
import dev.encore.core.domain.Track;
import dev.encore.core.matrix.InteractionMatrix;
import dev.encore.products.Catalog;
import dev.encore.products.TasteModel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The bundle's items by credited artist and by tag (track and artist tags, lower-cased), each list most listened
 * first, plus every item's tags: what onboarding needs to turn picks into seed tracks and to find tracks that
 * match the picks by content even when nobody has played them yet. Built with one catalog pass over the items.
 */
final class PickIndex {
    final Map<String, List<Integer>> byArtist = new HashMap<>(), byTag = new HashMap<>();
    final List<Set<String>> tags;
    final int[] listeners;

    PickIndex(TasteModel taste, Catalog catalog) {
        InteractionMatrix m = taste.bundle().interactions().matrix();
        listeners = m.columnCounts();
        tags = new ArrayList<>(m.cols());
        for (int i = 0; i < m.cols(); i++) {
            Track t = catalog.track(taste.bundle().itemId(i));
            Set<String> own = new LinkedHashSet<>();
            if (t != null) {
                for (String tag : t.tags()) own.add(tag.toLowerCase(Locale.ROOT));
                for (String a : t.artistIds()) {
                    byArtist.computeIfAbsent(a, k -> new ArrayList<>()).add(i);
                    Artist artist = catalog.artist(a);
                    if (artist != null) for (String tag : artist.tags()) own.add(tag.toLowerCase(Locale.ROOT));
                }
            }
            for (String tag : own) byTag.computeIfAbsent(tag, k -> new ArrayList<>()).add(i);
            tags.add(own);
        }
        for (List<Integer> l : byArtist.values()) l.sort((a, b) -> listeners[a] != listeners[b] ? Integer.compare(listeners[b], listeners[a]) : Integer.compare(a, b));
        for (List<Integer> l : byTag.values()) l.sort((a, b) -> listeners[a] != listeners[b] ? Integer.compare(listeners[b], listeners[a]) : Integer.compare(a, b));
    }

    /** Up to {@code n} well-known genres, most tracks first (for error messages). */
    List<String> someGenres(int n) {
        return byTag.entrySet().stream().sorted((a, b) -> a.getValue().size() != b.getValue().size()
                        ? Integer.compare(b.getValue().size(), a.getValue().size()) : a.getKey().compareTo(b.getKey()))
                .limit(n).map(Map.Entry::getKey).toList();
    }
}
