package dev.encore.synth;

import dev.encore.core.domain.User;

import java.time.Instant;
import java.util.SplittableRandom;

/**
 * A generated listener's hidden traits: where they live, their taste (a mixture over 1–3 clusters — the planted
 * truth), how often they stray from it, their daily rhythm and playback habits, and their podcasts.
 */
final class Listener {
    private static final String[] PLATFORMS = {"android", "ios", "desktop", "web"};
    private static final double[] PLATFORM_CUMULATIVE = {0.45, 0.80, 0.92, 1.0};

    final int index;
    final String id;
    final Places.Place place;
    final long createdEpochSecond;
    /** First local day with listening (days since the epoch). */
    final long firstDay;
    final int[] clusters;
    final double[] weights;
    /** Share of music plays drawn from outside the taste clusters. */
    final double exploration;
    final int peakHour;
    final double habitStrength;
    final String platform;
    final double shuffleRate;
    /** Indices of favourite shows; empty when the listener does not listen to podcasts. */
    final int[] shows;
    final double podcastShare;
    private final Alias clusterPick;
    private final int available;

    /**
     * @param clusterPick  draws a cluster by genre share among clusters that have tracks
     * @param available    how many clusters have tracks (caps the taste size)
     */
    Listener(int index, long seed, long windowStartDay, int showCount, Alias clusterPick, int available) {
        SplittableRandom r = Seeds.rng(seed, Seeds.USERS, index);
        this.index = index;
        this.id = "gen:user:" + index;
        this.place = Places.sample(r);
        boolean newcomer = r.nextDouble() < 0.15;
        long createdDay = newcomer ? windowStartDay + r.nextInt(330) : windowStartDay - 1 - r.nextInt(5 * 365);
        this.createdEpochSecond = createdDay * 86_400L + r.nextInt(86_400);
        this.firstDay = Math.max(windowStartDay, createdDay + 1);
        this.clusterPick = clusterPick;
        this.available = available;
        int k = Math.min(available, pickClusterCount(r));
        this.clusters = new int[k];
        this.weights = new double[k];
        drawTaste(r);
        this.exploration = 0.05 + 0.15 * r.nextDouble();
        this.peakHour = DayRhythm.samplePeakHour(r);
        this.habitStrength = 0.3 + 0.4 * r.nextDouble();
        double p = r.nextDouble();
        int pi = 0;
        while (p > PLATFORM_CUMULATIVE[pi]) pi++;
        this.platform = PLATFORMS[pi];
        this.shuffleRate = 0.6 * r.nextDouble();
        boolean podcasts = showCount > 0 && r.nextDouble() < 0.2;
        this.shows = podcasts ? new int[1 + r.nextInt(Math.min(3, showCount))] : new int[0];
        for (int i = 0; i < shows.length; i++) shows[i] = r.nextInt(showCount);
        this.podcastShare = podcasts ? 0.1 + 0.15 * r.nextDouble() : 0;
    }

    private static int pickClusterCount(SplittableRandom r) {
        double u = r.nextDouble();
        return u < 0.3 ? 1 : u < 0.75 ? 2 : 3;
    }

    /** Distinct clusters drawn by genre share, weights from a flat Dirichlet, strongest first. */
    private void drawTaste(SplittableRandom r) {
        double sum = 0;
        for (int i = 0; i < clusters.length; i++) {
            int c;
            do {
                c = clusterPick.sample(r);
            } while (contains(c, i));
            clusters[i] = c;
            weights[i] = -Math.log(1 - r.nextDouble());
            sum += weights[i];
        }
        for (int i = 0; i < weights.length; i++) weights[i] /= sum;
        for (int i = 0; i < weights.length; i++) { // insertion sort by weight, descending
            for (int j = i; j > 0 && weights[j] > weights[j - 1]; j--) {
                double w = weights[j]; weights[j] = weights[j - 1]; weights[j - 1] = w;
                int c = clusters[j]; clusters[j] = clusters[j - 1]; clusters[j - 1] = c;
            }
        }
    }

    private boolean contains(int cluster, int upTo) {
        for (int i = 0; i < upTo; i++) if (clusters[i] == cluster) return true;
        return false;
    }

    int sampleCluster(SplittableRandom r) {
        double u = r.nextDouble();
        for (int i = 0; i < clusters.length - 1; i++) {
            if (u < weights[i]) return clusters[i];
            u -= weights[i];
        }
        return clusters[clusters.length - 1];
    }

    /** Weight of {@code cluster} in this listener's taste (0 when outside it). */
    double weightOf(int cluster) {
        for (int i = 0; i < clusters.length; i++) if (clusters[i] == cluster) return weights[i];
        return 0;
    }

    /** A cluster with tracks outside the taste, by genre share; a taste one when the taste covers them all. */
    int sampleOtherCluster(SplittableRandom r) {
        if (clusters.length >= available) return sampleCluster(r);
        int c;
        do {
            c = clusterPick.sample(r);
        } while (weightOf(c) > 0);
        return c;
    }

    User toUser() {
        return new User(id, place.country(), Instant.ofEpochSecond(createdEpochSecond), place.zone().getId(), CatalogBuilder.SOURCE);
    }
}
