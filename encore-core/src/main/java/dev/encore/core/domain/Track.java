package dev.encore.core.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A playable music track. {@code source} names where the record came from ("hetrec2011", "listenbrainz",
 * "generated", ...) so generated data is always recognisable as such.
 */
public record Track(String id, String title, List<String> artistIds, String albumId, int durationMs,
                    LocalDate releaseDate, boolean explicit, String isrc, List<String> tags,
                    AudioFeatures audio, String source) {
    public Track {
        Ids.require("track id", id);
        Objects.requireNonNull(title, "title");
        artistIds = List.copyOf(artistIds);
        tags = List.copyOf(tags);
        if (durationMs < 0) throw new IllegalArgumentException("durationMs must be >= 0, got " + durationMs);
    }

    public String primaryArtistId() {
        return artistIds.isEmpty() ? null : artistIds.get(0);
    }
}
