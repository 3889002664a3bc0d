package dev.encore.server.podcasts;

import dev.encore.products.podcasts.PodcastPick;
import dev.encore.products.podcasts.PodcastShelves;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON of the podcast shelves: one object per item, with its reason; absent values are left out. */
final class PodcastJson {
    private PodcastJson() {}

    static Map<String, Object> shelves(String user, PodcastShelves.Shelves s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("user", user);
        m.put("lastVisit", s.lastVisit() == null ? null : s.lastVisit().toString());
        m.put("continueListening", items(s.continueListening()));
        m.put("newEpisodes", items(s.newEpisodes()));
        m.put("recommendedShows", items(s.recommendedShows()));
        m.put("recommendedEpisodes", items(s.recommendedEpisodes()));
        return m;
    }

    private static List<Map<String, Object>> items(List<PodcastPick> picks) {
        return picks.stream().map(PodcastJson::item).toList();
    }

    static Map<String, Object> item(PodcastPick p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", p.kind().wire());
        m.put("id", p.id());
        m.put("title", p.title());
        if (p.kind() == PodcastPick.Kind.EPISODE) {
            m.put("show", p.showId());
            m.put("showTitle", p.showTitle());
        }
        m.put("reason", p.reason());
        m.put("score", Math.round(p.score() * 10_000) / 10_000.0);
        if (p.positionMs() != null) m.put("positionMs", p.positionMs());
        if (p.durationMs() != null) m.put("durationMs", p.durationMs());
        if (p.released() != null) m.put("released", p.released().toString());
        if (p.lastPlayedAt() != null) m.put("lastPlayedAt", p.lastPlayedAt().toString());
        return m;
    }
}
