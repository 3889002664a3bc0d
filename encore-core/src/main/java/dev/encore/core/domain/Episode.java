package dev.encore.core.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A podcast episode belonging to a {@link Show}. */
public record Episode(String id, String showId, String title, String description, int durationMs,
                      LocalDate releaseDate, String source) {
    public Episode {
        Ids.require("episode id", id);
        Objects.requireNonNull(title, "title");
        if (durationMs < 0) throw new IllegalArgumentException("durationMs must be >= 0, got " + durationMs);
    }
}
