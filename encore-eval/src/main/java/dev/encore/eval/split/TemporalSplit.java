package dev.encore.eval.split;

import dev.encore.eval.data.InteractionLog;

import java.util.Arrays;
import java.util.Map;

/**
 * Global temporal split: interactions before time T train, those at or after T test (the same cut for every
 * user, so no future data leaks into training; Meng et al., "Exploring data splitting strategies for the
 * evaluation of recommendation models", RecSys 2020). T is either given or chosen as the quantile of all
 * timestamps that leaves {@code testFraction} of interactions after it.
 */
public final class TemporalSplit implements Splitter {
    private final long cutoff;
    private final double testFraction;

    private TemporalSplit(long cutoff, double testFraction) {
        this.cutoff = cutoff;
        this.testFraction = testFraction;
    }

    /** Train on interactions with timestamp &lt; {@code cutoff}. */
    public static TemporalSplit before(long cutoff) {
        return new TemporalSplit(cutoff, Double.NaN);
    }

    /** Cut at the timestamp that puts the latest {@code testFraction} of interactions in test. */
    public static TemporalSplit lastFraction(double testFraction) {
        if (!(testFraction > 0 && testFraction < 1))
            throw new IllegalArgumentException("temporal test fraction must be in (0, 1), got " + testFraction);
        return new TemporalSplit(0, testFraction);
    }

    @Override
    public Split split(InteractionLog log, long seed) {
        if (!log.timed())
            throw new IllegalArgumentException("a temporal split needs a timestamp on every interaction; this data has none");
        long t = cutoff;
        if (!Double.isNaN(testFraction)) {
            long[] times = new long[log.size()];
            for (int i = 0; i < times.length; i++) times[i] = log.time(i);
            Arrays.sort(times);
            int at = (int) Math.min(times.length - 1L, Math.round((1 - testFraction) * times.length));
            t = times.length == 0 ? 0 : times[at];
        }
        boolean[] test = new boolean[log.size()];
        for (int i = 0; i < test.length; i++) test[i] = log.time(i) >= t;
        Map<String, Object> s = Double.isNaN(testFraction) ? Map.of("cutoff", t, "seed", seed)
                : Map.of("cutoff", t, "testFraction", testFraction, "seed", seed);
        return new Split(log.select(test, false), log.select(test, true), "temporal", s);
    }
}
