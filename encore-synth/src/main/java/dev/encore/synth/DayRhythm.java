package dev.encore.synth;

import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.SplittableRandom;

/**
 * When a listener starts sessions: a shared daily curve (quiet at night, a commute bump, most listening in the
 * evening) blended with a personal peak hour, sampled in the listener's local time and converted to UTC.
 */
final class DayRhythm {
    /** Relative listening per local hour 0..23 across everybody. */
    private static final double[] GLOBAL = {2.0, 1.2, 0.7, 0.4, 0.3, 0.4, 1.0, 2.2, 3.0, 2.6, 2.4, 2.5,
            2.8, 2.7, 2.6, 2.7, 3.0, 3.6, 4.2, 4.8, 5.2, 5.0, 4.2, 3.0};

    private final double[] cumulative = new double[24];
    private final ZoneRules rules;

    /**
     * @param peakHour  the listener's own favourite hour (local)
     * @param strength  0 = follows the crowd, 1 = only their own habit
     */
    DayRhythm(ZoneId zone, int peakHour, double strength) {
        this.rules = zone.getRules();
        double globalSum = 0;
        for (double g : GLOBAL) globalSum += g;
        double[] personal = new double[24];
        double personalSum = 0;
        for (int h = 0; h < 24; h++) {
            int d = Math.min(Math.abs(h - peakHour), 24 - Math.abs(h - peakHour)); // distance around the clock
            personal[h] = Math.exp(-d * d / (2 * 1.5 * 1.5));
            personalSum += personal[h];
        }
        double acc = 0;
        for (int h = 0; h < 24; h++) {
            acc += (1 - strength) * GLOBAL[h] / globalSum + strength * personal[h] / personalSum;
            cumulative[h] = acc;
        }
    }

    /** A personal peak: mostly evenings, else commute, office hours or late night. */
    static int samplePeakHour(SplittableRandom r) {
        double u = r.nextDouble();
        if (u < 0.45) return 19 + r.nextInt(4);
        if (u < 0.65) return r.nextBoolean() ? 8 : 18;
        if (u < 0.85) return 10 + r.nextInt(6);
        return (23 + r.nextInt(3)) % 24;
    }

    /** A session start in UTC epoch seconds on local day {@code epochDay} (days since 1970-01-01). */
    long sampleStart(SplittableRandom r, long epochDay) {
        double u = r.nextDouble() * cumulative[23];
        int hour = 0;
        while (hour < 23 && cumulative[hour] < u) hour++;
        long localSeconds = epochDay * 86_400L + hour * 3600L + r.nextInt(3600);
        // the offset at a guess one standard offset away is right except within an hour of a DST switch
        int offset = rules.getOffset(java.time.Instant.ofEpochSecond(localSeconds)).getTotalSeconds();
        offset = rules.getOffset(java.time.Instant.ofEpochSecond(localSeconds - offset)).getTotalSeconds();
        return localSeconds - offset;
    }
}
