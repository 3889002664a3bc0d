package dev.encore.products.podcasts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One item on a podcast shelf, with the reason it is there. For an episode, {@code positionMs} is where to resume
 * (null when not resuming) and {@code durationMs} is null when the feed did not give it.
 */
public record PodcastPick(Kind kind, String id, String showId, String title, String showTitle, String reason,
                          double score, Long positionMs, Integer durationMs, LocalDate released, Instant lastPlayedAt) {
    public enum Kind {
        SHOW, EPISODE;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
