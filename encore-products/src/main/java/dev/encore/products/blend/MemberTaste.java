package dev.encore.products.blend;

import dev.encore.core.domain.Artist;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.Track;
import dev.encore.products.Catalog;
import dev.encore.products.TasteControls;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** One blend member's plays per track, artist and tag (listens excluded from their taste left out). */
record MemberTaste(String userId, Map<String, Double> tracks, Map<String, Double> artists, Map<String, Double> tags) {
    static MemberTaste of(String userId, Iterable<ListenEvent> listens, TasteControls controls, Catalog catalog) {
        Map<String, Double> tracks = new HashMap<>(), artists = new HashMap<>(), tags = new HashMap<>();
        for (ListenEvent e : listens) {
            if (e.itemKind() != ItemKind.TRACK || controls.excludes(e)) continue;
            tracks.merge(e.itemId(), 1.0, Double::sum);
            Track t = catalog.track(e.itemId());
            if (t == null) continue;
            for (String tag : t.tags()) tags.merge(tag.toLowerCase(Locale.ROOT), 1.0, Double::sum);
            for (String a : t.artistIds()) {
                artists.merge(a, 1.0, Double::sum);
                Artist artist = catalog.artist(a);
                if (artist != null) for (String tag : artist.tags()) tags.merge(tag.toLowerCase(Locale.ROOT), 1.0, Double::sum);
            }
        }
        return new MemberTaste(userId, tracks, artists, tags);
    }

    /**
     * How alike two members' tastes are, 0..1: the mean of the cosine similarities of their artist and tag play
     * vectors (artists say "same music", tags "same kind of music"); 0 when either has no plays.
     */
    static double match(MemberTaste a, MemberTaste b) {
        return 0.5 * cosine(a.artists, b.artists) + 0.5 * cosine(a.tags, b.tags);
    }

    private static double cosine(Map<String, Double> x, Map<String, Double> y) {
        double dot = 0, nx = 0, ny = 0;
        for (Map.Entry<String, Double> e : x.entrySet()) {
            nx += e.getValue() * e.getValue();
            Double o = y.get(e.getKey());
            if (o != null) dot += e.getValue() * o;
        }
        for (double v : y.values()) ny += v * v;
        return nx == 0 || ny == 0 ? 0 : dot / Math.sqrt(nx * ny);
    }
}
