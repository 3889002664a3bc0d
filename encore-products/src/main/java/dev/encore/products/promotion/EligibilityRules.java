package dev.encore.products.promotion;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Which tracks may be promoted. Defaults: released at least 30 days ago (new releases reach fans organically
 * first), at least 20 streams in promotable contexts over the last 28 days (the track has shown listeners keep
 * it), and an artist with at least 50 monthly listeners (a floor against spam uploads).
 */
public record EligibilityRules(int minDaysSinceRelease, long minPromotableStreams, long minMonthlyListeners) {
    public EligibilityRules {
        if (minDaysSinceRelease < 0 || minPromotableStreams < 0 || minMonthlyListeners < 0)
            throw new IllegalArgumentException("eligibility thresholds must be >= 0, got " + minDaysSinceRelease + ", "
                    + minPromotableStreams + ", " + minMonthlyListeners);
    }

    public static EligibilityRules defaults() {
        return new EligibilityRules(30, 20, 50);
    }

    public Eligibility check(String trackId, TrackFacts.Source source, LocalDate today) {
        return source.facts(trackId, today).map(f -> check(f, today)).orElseGet(() -> new Eligibility(trackId, false,
                List.of("track " + trackId + " is not in the catalog; add it first or remove it from the campaign")));
    }

    public Eligibility check(TrackFacts f, LocalDate today) {
        List<String> reasons = new ArrayList<>();
        if (f.releaseDate() == null) {
            reasons.add("release date unknown; set the track's release date (tracks must be out " + minDaysSinceRelease + " days)");
        } else {
            long days = ChronoUnit.DAYS.between(f.releaseDate(), today);
            if (days < minDaysSinceRelease)
                reasons.add("released " + days + " days ago; tracks become eligible " + minDaysSinceRelease
                        + " days after release (on " + f.releaseDate().plusDays(minDaysSinceRelease) + ")");
        }
        if (f.promotableStreams28d() < minPromotableStreams)
            reasons.add(f.promotableStreams28d() + " streams in radio/autoplay/mixes over the last 28 days; at least "
                    + minPromotableStreams + " are needed");
        if (f.artistMonthlyListeners() < minMonthlyListeners)
            reasons.add("artist has " + f.artistMonthlyListeners() + " monthly listeners; at least " + minMonthlyListeners + " are needed");
        return new Eligibility(f.trackId(), reasons.isEmpty(), reasons);
    }
}
