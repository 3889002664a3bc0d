package dev.encore.store;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts per entity and the time span of the stored listens ({@code firstListen}/{@code lastListen} are null
 * when there are none). Listens are stored, deduplicated listen events.
 */
public record StoreStats(long users, long artists, long albums, long tracks, long shows, long episodes, long listens,
                         long feedback, long follows, long playCounts, long tagAssignments, long playlists,
                         Instant firstListen, Instant lastListen) {

    /** The counts by stable name, in a fixed order (for {@code encore stats}: one {@code name: number} per line). */
    public Map<String, Long> counts() {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("users", users);
        m.put("artists", artists);
        m.put("albums", albums);
        m.put("tracks", tracks);
        m.put("shows", shows);
        m.put("episodes", episodes);
        m.put("listens", listens);
        m.put("feedback", feedback);
        m.put("follows", follows);
        m.put("play_counts", playCounts);
        m.put("tag_assignments", tagAssignments);
        m.put("playlists", playlists);
        return m;
    }
}
