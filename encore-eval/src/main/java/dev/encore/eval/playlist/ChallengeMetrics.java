package dev.encore.eval.playlist;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/**
 * The three metrics of the RecSys Challenge 2018 / Spotify Million Playlist Dataset Challenge (Zamani, Schedl,
 * Lamere &amp; Chen, "An analysis of approaches taken in the ACM RecSys Challenge 2018 for automatic music playlist
 * continuation", ACM TIST 2019; challenge rules at recsys-challenge.spotify.com and aicrowd.com). G is the set of
 * hidden (ground-truth) tracks, R the ordered predictions, of which at most {@link #MAX_PREDICTIONS} count.
 * Predictions must be unique (the challenge rejected submissions with repeats).
 */
public final class ChallengeMetrics {
    /** The challenge asked for exactly 500 tracks per playlist; later ones are ignored. */
    public static final int MAX_PREDICTIONS = 500;
    /** Credit for a predicted track whose artist, not the track, is in the ground truth. */
    public static final double ARTIST_CREDIT = 0.25;
    /** Clicks when no relevant track is in R: one more than the 50 possible refreshes of 10 tracks. */
    public static final int NO_HIT_CLICKS = 51;

    /** How NDCG's ideal DCG is taken; the two published texts differ (see {@link #ndcg}). */
    public enum Ideal {
        /** The rules: DCG = rel_1 + Σ_{i≥2} rel_i / log2 i; IDCG = 1 + Σ_{i=2..|G ∩ R|} 1 / log2 i. */
        RULES,
        /** Spotify's reference metrics.py: DCG = Σ rel_i / log2(i + 1); IDCG over min(|G|, 500) ideal hits. */
        REFERENCE_CODE
    }

    private ChallengeMetrics() {}

    /**
     * R-precision with artist partial credit: over the first |G| predictions, each predicted track in G scores 1;
     * a predicted track not in G whose artist is the artist of some track in G scores {@link #ARTIST_CREDIT}, once
     * per artist; the sum is divided by |G|. The published formula is (|S_T ∩ G_T| + 0.25 · |S_A ∩ G_A|) / |G_T|;
     * crediting artists only for tracks that missed, once per artist, is how the winning team's published evaluator
     * (layer6ai-labs/RecSys2018, EvaluatorRPrecisionArtist) reads it, and keeps a perfect list at exactly 1.
     * {@code artistOf} maps a track to its artist (negative = unknown, never matches).
     */
    public static double rPrecision(int[] hidden, int[] predicted, IntUnaryOperator artistOf) {
        int[] g = groundTruth(hidden);
        int[] r = predictions(predicted);
        Set<Integer> truthArtists = new HashSet<>();
        for (int t : g) {
            int a = artistOf.applyAsInt(t);
            if (a >= 0) truthArtists.add(a);
        }
        Set<Integer> credited = new HashSet<>();
        double score = 0;
        for (int i = 0, n = Math.min(g.length, r.length); i < n; i++) {
            if (Arrays.binarySearch(g, r[i]) >= 0) {
                score += 1;
            } else {
                int a = artistOf.applyAsInt(r[i]);
                if (a >= 0 && truthArtists.contains(a) && credited.add(a)) score += ARTIST_CREDIT;
            }
        }
        return score / g.length;
    }

    /** Track-level R-precision only: |G ∩ R_{1..|G|}| / |G| (the aicrowd page's formula). */
    public static double rPrecision(int[] hidden, int[] predicted) {
        return rPrecision(hidden, predicted, t -> -1);
    }

    /**
     * NDCG over the whole prediction list with binary relevance. With {@link Ideal#RULES} (the default of the
     * harness): DCG = rel_1 + Σ_{i=2..|R|} rel_i / log2 i, IDCG = 1 + Σ_{i=2..|G ∩ R|} 1 / log2 i, and NDCG = 0
     * when G ∩ R is empty (IDCG = 0). With {@link Ideal#REFERENCE_CODE}: DCG = Σ rel_i / log2(i + 1) and the
     * ideal list has min(|G|, 500) hits.
     */
    public static double ndcg(int[] hidden, int[] predicted, Ideal ideal) {
        int[] g = groundTruth(hidden);
        int[] r = predictions(predicted);
        double dcg = 0;
        int hits = 0;
        for (int i = 0; i < r.length; i++) {
            if (Arrays.binarySearch(g, r[i]) < 0) continue;
            hits++;
            dcg += discount(i + 1, ideal);
        }
        int idealHits = ideal == Ideal.RULES ? hits : Math.min(g.length, MAX_PREDICTIONS);
        double idcg = 0;
        for (int i = 1; i <= idealHits; i++) idcg += discount(i, ideal);
        return idcg == 0 ? 0 : dcg / idcg;
    }

    /**
     * Recommended-songs clicks: Spotify shows 10 tracks per page, so clicks = ⌊(rank of the first relevant track
     * − 1) / 10⌋ (rank 1-based, within the first 500), or {@link #NO_HIT_CLICKS} when none is relevant.
     */
    public static int clicks(int[] hidden, int[] predicted) {
        int[] g = groundTruth(hidden);
        int[] r = predictions(predicted);
        for (int i = 0; i < r.length; i++) if (Arrays.binarySearch(g, r[i]) >= 0) return i / 10;
        return NO_HIT_CLICKS;
    }

    private static double discount(int rank, Ideal ideal) {
        if (ideal == Ideal.RULES) return rank == 1 ? 1 : 1 / log2(rank);
        return 1 / log2(rank + 1);
    }

    private static int[] groundTruth(int[] hidden) {
        int[] g = Arrays.stream(hidden).distinct().sorted().toArray();
        if (g.length == 0) throw new IllegalArgumentException("empty ground truth: a challenge playlist must hide at least one track");
        return g;
    }

    private static int[] predictions(int[] predicted) {
        int n = Math.min(predicted.length, MAX_PREDICTIONS);
        BitSet seen = new BitSet();
        for (int i = 0; i < n; i++) {
            if (predicted[i] < 0) throw new IllegalArgumentException("prediction " + (i + 1) + " is track " + predicted[i] + ": track ids are >= 0");
            if (seen.get(predicted[i]))
                throw new IllegalArgumentException("track " + predicted[i] + " is predicted twice (again at rank " + (i + 1) + "): predictions must be unique");
            seen.set(predicted[i]);
        }
        return n == predicted.length ? predicted : Arrays.copyOf(predicted, n);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
