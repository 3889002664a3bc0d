package dev.encore.server.serving;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CachedCatalogTest {
    @Test
    void servesHitsAndMissesFromMemoryUntilTheyExpire() {
        Map<String, CatalogLookup.TrackInfo> db = new HashMap<>(Map.of("a", new CatalogLookup.TrackInfo("Song A", List.of("X"))));
        List<List<String>> asked = new ArrayList<>();
        CatalogLookup source = ids -> {
            asked.add(List.copyOf(ids));
            Map<String, CatalogLookup.TrackInfo> out = new HashMap<>();
            for (String id : ids) if (db.containsKey(id)) out.put(id, db.get(id));
            return out;
        };
        UserOverlayTest.MutableClock clock = new UserOverlayTest.MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        CachedCatalog c = new CachedCatalog(source, clock, 1_000, 100);
        assertThat(c.tracks(List.of("a", "b"))).containsOnlyKeys("a");
        db.put("b", new CatalogLookup.TrackInfo("Song B", List.of("Y")));
        assertThat(c.tracks(List.of("a", "b"))).containsOnlyKeys("a");   // cached miss, no query
        assertThat(asked).hasSize(1);
        clock.now = clock.now.plusMillis(1_001);
        assertThat(c.tracks(List.of("b", "a")).get("b").title()).isEqualTo("Song B");
        assertThat(asked).hasSize(2);
        assertThat(asked.get(1)).containsExactly("b", "a");
    }
}
