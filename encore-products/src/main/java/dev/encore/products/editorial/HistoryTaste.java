package dev.encore.products.editorial;

import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.Track;
import dev.encore.products.Catalog;
import dev.encore.products.TasteControls;

import java.util.HashMap;
import java.util.Map;

/**
 * A listener's taste scores for editorial candidates, from their own track listens: {@code 0.7 x} the share of
 * their plays by the candidate's primary artist (relative to their most played artist) {@code + 0.3 x} the
 * best share of their plays carrying one of the candidate's tags (relative to their top tag). Skips and listens
 * excluded by taste controls do not count. Needs no trained model, so a pool works from the first listen.
 */
public final class HistoryTaste implements EditorialSelection.Taste {
    static final double ARTIST_WEIGHT = 0.7;

    private final Catalog catalog;
    private final Map<String, Integer> artistPlays = new HashMap<>();
    private final Map<String, Integer> tagPlays = new HashMap<>();
    private int topArtist, topTag;

    public HistoryTaste(Iterable<ListenEvent> listens, Catalog catalog, TasteControls controls) {
        this.catalog = catalog;
        for (ListenEvent e : listens) {
            if (e.itemKind() != ItemKind.TRACK || e.skipped() || controls.excludes(e)) continue;
            Track t = catalog.track(e.itemId());
            if (t == null) continue;
            if (!t.artistIds().isEmpty()) topArtist = Math.max(topArtist, artistPlays.merge(t.artistIds().get(0), 1, Integer::sum));
            for (String tag : t.tags()) topTag = Math.max(topTag, tagPlays.merge(tag.toLowerCase(java.util.Locale.ROOT), 1, Integer::sum));
        }
    }

    @Override
    public double score(String trackId) {
        Track t = catalog.track(trackId);
        if (t == null) return 0;
        return ARTIST_WEIGHT * artistShare(t) + (1 - ARTIST_WEIGHT) * tagShare(t);
    }

    private double artistShare(Track t) {
        if (topArtist == 0 || t.artistIds().isEmpty()) return 0;
        return artistPlays.getOrDefault(t.artistIds().get(0), 0) / (double) topArtist;
    }

    private double tagShare(Track t) {
        if (topTag == 0) return 0;
        int best = 0;
        for (String tag : t.tags()) best = Math.max(best, tagPlays.getOrDefault(tag.toLowerCase(java.util.Locale.ROOT), 0));
        return best / (double) topTag;
    }

    @Override
    public String reason(String trackId) {
        Track t = catalog.track(trackId);
        if (t == null) return null;
        if (artistShare(t) > 0) return "you play " + catalog.artistName(t.artistIds().get(0));
        String bestTag = null;
        int best = 0;
        for (String tag : t.tags()) {
            int n = tagPlays.getOrDefault(tag.toLowerCase(java.util.Locale.ROOT), 0);
            if (n > best) {
                best = n;
                bestTag = tag;
            }
        }
        return bestTag == null ? null : "fits your " + bestTag;
    }
}
