package dev.encore.products.review;

import java.util.List;
import java.util.Map;

/**
 * A listener's year in music. Counts are plays; {@code clock[weekday][hour]} counts plays by local weekday
 * (0 = Monday) and hour; {@code topTrackPerMonth} maps month 1-12 to that month's most played track (months without
 * plays are absent); {@code minutesPercentile} is the percent of listeners who listened less.
 */
public record YearlyReview(String userId, int year, long minutesListened, List<Ranked> topArtists, List<Ranked> topTracks,
                           List<Ranked> topTags, List<Ranked> topPodcasts, Map<Integer, String> topTrackPerMonth,
                           int[][] clock, List<String> newArtists, int longestStreakDays, double minutesPercentile,
                           Personality personality) {

    /** One entry of a top list: id, display name and plays. */
    public record Ranked(String id, String name, long plays) {}
}
