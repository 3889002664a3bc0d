package dev.encore.server.products;

import dev.encore.core.domain.Playlist;
import dev.encore.core.domain.PlaylistItem;
import dev.encore.core.domain.Track;
import dev.encore.products.Catalog;
import dev.encore.products.review.YearlyReview;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the product endpoints: every item carries its reason, playlists link their exports. */
final class ProductJson {
    private ProductJson() {}

    static Map<String, Object> playlist(Playlist p, Catalog catalog) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", p.id());
        o.put("title", p.title());
        o.put("description", p.description());
        o.put("period", p.period());
        o.put("items", items(p.items(), catalog));
        String base = "/api/v1/playlists/" + URLEncoder.encode(p.id(), StandardCharsets.UTF_8);
        o.put("exports", Map.of("jspf", base + ".jspf", "xspf", base + ".xspf", "m3u8", base + ".m3u8"));
        return o;
    }

    static List<Map<String, Object>> items(List<PlaylistItem> items, Catalog catalog) {
        List<Map<String, Object>> out = new ArrayList<>(items.size());
        for (PlaylistItem i : items) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("id", i.itemId());
            Track t = catalog.track(i.itemId());
            if (t != null) {
                o.put("title", t.title());
                o.put("artists", t.artistIds().stream().map(catalog::artistName).toList());
            }
            o.put("reason", i.reason());
            out.add(o);
        }
        return out;
    }

    static final String PROMOTED_REASON = dev.encore.products.promotion.Slot.REASON_PREFIX;

    /** Marks promoted items: {@code "label": "promoted"} and the campaign id (Discovery Mode is always disclosed). */
    static List<Map<String, Object>> labelPromoted(List<Map<String, Object>> items, java.util.function.Function<String, java.util.Optional<String>> campaignOf) {
        for (Map<String, Object> o : items) {
            // The item's own reason says whether this slot was promoted (a track can be promoted in one list and
            // organic in another); the campaign id comes from memory, so an edition saved before a restart has none.
            if (!String.valueOf(o.get("reason")).startsWith(PROMOTED_REASON)) continue;
            o.put("label", dev.encore.products.promotion.Slot.LABEL);
            campaignOf.apply((String) o.get("id")).ifPresent(c -> o.put("campaignId", c));
        }
        return items;
    }

    static Map<String, Object> review(YearlyReview r) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("user", r.userId());
        o.put("year", r.year());
        o.put("minutesListened", r.minutesListened());
        o.put("topArtists", r.topArtists());
        o.put("topTracks", r.topTracks());
        o.put("topTags", r.topTags());
        o.put("topPodcasts", r.topPodcasts());
        o.put("topTrackPerMonth", r.topTrackPerMonth());
        o.put("clock", r.clock());
        o.put("newArtists", r.newArtists());
        o.put("longestStreakDays", r.longestStreakDays());
        o.put("minutesPercentile", r.minutesPercentile());
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("label", r.personality().label());
        p.put("exploring", r.personality().exploring());
        p.put("fresh", r.personality().fresh());
        p.put("loyal", r.personality().loyal());
        p.put("unique", r.personality().unique());
        o.put("personality", p);
        return o;
    }
}
