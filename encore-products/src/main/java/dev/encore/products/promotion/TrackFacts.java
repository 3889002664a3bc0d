package dev.encore.products.promotion;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What eligibility needs to know about a track on a given day.
 *
 * @param promotableStreams28d streams of the track in promotable contexts over the last 28 days
 * @param artistMonthlyListeners distinct listeners of the primary artist over the last 28 days
 */
public record TrackFacts(String trackId, String artistId, LocalDate releaseDate, long promotableStreams28d,
                         long artistMonthlyListeners) {

    /** Looks facts up (from the store, or a simulated world); empty when the track is unknown. */
    @FunctionalInterface
    public interface Source {
        Optional<TrackFacts> facts(String trackId, LocalDate today);
    }
}
