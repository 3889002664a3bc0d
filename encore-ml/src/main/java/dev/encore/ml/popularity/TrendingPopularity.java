package dev.encore.ml.popularity;

import dev.encore.ml.Params;

import java.time.Duration;
import java.time.Instant;

/**
 * Builds a trending chart from (item, timestamp, weight) events: an item's score is
 * {@code Σ weight · 2^(−age / halfLife)} with {@code age = now − timestamp}, so a play loses half its weight
 * every half-life. Events stamped after {@code now} (clock skew between clients) count as played at {@code now}.
 * Not thread-safe: feed it from one thread, then {@link #build()}.
 */
public final class TrendingPopularity {
    private final double[] score;
    private final long nowMillis;
    private final double halfLifeMillis;
    private final Duration halfLife;
    private final Instant now;

    public TrendingPopularity(int itemCount, Instant now, Duration halfLife) {
        if (itemCount < 0) throw new IllegalArgumentException("itemCount must be >= 0, got " + itemCount);
        if (halfLife == null || halfLife.isNegative() || halfLife.isZero())
            throw new IllegalArgumentException("half-life must be positive (e.g. Duration.ofDays(7)), got " + halfLife);
        this.score = new double[itemCount];
        this.now = now;
        this.nowMillis = now.toEpochMilli();
        this.halfLife = halfLife;
        this.halfLifeMillis = halfLife.toMillis();
    }

    /** The factor a weight keeps after {@code age}: 1 at age 0, 1/2 at one half-life, 1/4 at two. */
    public static double decay(Duration age, Duration halfLife) {
        double a = Math.max(0, age.toMillis());
        return Math.pow(2, -a / halfLife.toMillis());
    }

    /** Adds one event; {@code item} is a dense item index, {@code weight} its confidence (e.g. 1 per play). */
    public TrendingPopularity add(int item, long epochMillis, float weight) {
        if (item < 0 || item >= score.length)
            throw new IllegalArgumentException("item " + item + " is out of range: this chart has " + score.length + " items");
        if (!Float.isFinite(weight)) throw new IllegalArgumentException("weight for item " + item + " is " + weight + "; must be finite");
        long age = Math.max(0, nowMillis - epochMillis);
        score[item] += weight * Math.pow(2, -age / halfLifeMillis);
        return this;
    }

    public TrendingPopularity add(int item, Instant at, float weight) {
        return add(item, at.toEpochMilli(), weight);
    }

    /** The chart as a model (algorithm "popularity", variant "trending"); negative totals rank as absent. */
    public PopularityModel build() {
        int n = score.length;
        int[] items = Ranking.identity(n);
        int[] order = Ranking.order(0, n, score, new double[n], items);
        float[] s = new float[n];
        for (int i = 0; i < n; i++) s[i] = (float) Math.max(0, score[i]);
        Params params = Params.empty().with("halfLife", halfLife).with("now", now);
        return new PopularityModel(PopularityModel.Variant.TRENDING, 0, s, order, null, params);
    }
}
