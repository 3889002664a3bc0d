package dev.encore.products.review;

import java.util.Arrays;
import java.util.Set;

/**
 * What the yearly review compares a listener with: every listener's minutes listened that year (any order) and the
 * population's most popular tracks of the year (the "common" end of the common-vs-unique axis; e.g. the top 1%).
 */
public record PopulationStats(long[] minutesPerListener, Set<String> popularTracks) {
    public PopulationStats {
        minutesPerListener = minutesPerListener.clone();
        Arrays.sort(minutesPerListener);
        popularTracks = Set.copyOf(popularTracks);
    }

    /** Percent of listeners (0-100) who listened strictly fewer minutes than {@code minutes}; 0 when nobody is known. */
    public double minutesPercentile(long minutes) {
        if (minutesPerListener.length == 0) return 0;
        int lo = 0, hi = minutesPerListener.length;
        while (lo < hi) {                                   // first index with value >= minutes
            int mid = (lo + hi) >>> 1;
            if (minutesPerListener[mid] < minutes) lo = mid + 1; else hi = mid;
        }
        return 100.0 * lo / minutesPerListener.length;
    }
}
