package dev.encore.core.matrix;

/**
 * How listening signals turn into one implicit-feedback weight per (user, item). A play adds {@code play};
 * with a known duration the play is scaled by the share listened ({@code msPlayedShare}); a skip adds
 * {@code skip} (a weak negative); like/save add strong positives; dislike/hide subtract. Cells that end ≤ 0 are
 * left out of the matrix. Bans and "exclude from taste profile" remove the cell whatever else happened.
 * {@code playCount} scales aggregated counts (HetRec weights) – log-damped when {@code logCounts} is set.
 */
public record ConfidenceWeighting(float play, boolean msPlayedShare, float skip, float like, float save,
                                  float dislike, float playCount, boolean logCounts) {

    /** Defaults documented in the reference configuration. */
    public static ConfidenceWeighting defaults() {
        return new ConfidenceWeighting(1f, true, -0.5f, 5f, 5f, -5f, 1f, true);
    }

    /** Weight of one play given its played and total milliseconds (either may be unknown, i.e. ≤ 0). */
    public float playWeight(long msPlayed, long durationMs, boolean skipped) {
        if (skipped) return skip;
        if (msPlayedShare && msPlayed >= 0 && durationMs > 0) {
            return play * (float) Math.min(1.0, (double) msPlayed / durationMs);
        }
        return play;
    }

    /** Weight of an aggregated count. */
    public float countWeight(long count) {
        return playCount * (logCounts ? (float) Math.log1p(count) : count);
    }
}
