package dev.encore.synth;

import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.RecordSink;

import java.time.Instant;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Turns one user's real artist weights into timestamped plays over the last two years: every artist the user
 * listened to gets at least one play and the rest follow the damped weight w^0.75; tracks within an artist
 * follow a Zipf (the first track is the hit); plays come in sessions at the user's habitual hours, in runs of
 * the same artist; skips are likelier on the user's low-weight artists.
 */
final class DemoListens {
    static final double DAMPING = 0.75;
    private static final String[] CONTEXTS = {"collection", "playlist", "radio", "album"};
    private static final double[] CONTEXT_CUMULATIVE = {0.4, 0.7, 0.8, 1.0};
    private static final String[] PLATFORMS = {"android", "ios", "desktop", "web"};

    private final DemoCatalog cat;
    private final long seed;
    private final long firstDay;
    private final long lastDay;

    DemoListens(DemoCatalog cat, long seed, long asOfEpochDay) {
        this.cat = cat;
        this.seed = seed;
        this.firstDay = asOfEpochDay - 730;
        this.lastDay = asOfEpochDay - 2;
    }

    /** Plays per artist: at least one each, the rest proportional to weight^0.75. */
    static int[] playsPerArtist(long[] weights, int total) {
        double[] damped = new double[weights.length];
        for (int i = 0; i < weights.length; i++) damped[i] = Math.pow(weights[i], DAMPING);
        boolean allZero = Arrays.stream(damped).allMatch(d -> d == 0);
        if (allZero) Arrays.fill(damped, 1);
        return Allocate.proportional(total, damped, 1);
    }

    /**
     * Emits the user's plays in time order.
     *
     * @param artists  catalog indices of the user's artists
     * @param weights  the real weights, same order
     * @param total    plays to emit (at least {@code artists.length})
     * @return plays emitted
     */
    long emit(String userId, Places.Place place, int[] artists, long[] weights, int total, RecordSink out) {
        SplittableRandom r = Seeds.rng(seed, Seeds.LISTENING, Seeds.hash(userId));
        int[] left = playsPerArtist(weights, total);
        double[] skipChance = skipChances(weights);
        DayRhythm rhythm = new DayRhythm(place.zone(), DayRhythm.samplePeakHour(r), 0.3 + 0.4 * r.nextDouble());
        String platform = PLATFORMS[r.nextInt(PLATFORMS.length)];
        int[] sizes = sessionSizes(total, r);
        long[] starts = new long[sizes.length];
        for (int s = 0; s < starts.length; s++) starts[s] = rhythm.sampleStart(r, firstDay + r.nextLong(lastDay - firstDay + 1));
        Arrays.sort(starts);
        int remaining = total;
        long t = Long.MIN_VALUE;
        long emitted = 0;
        for (int s = 0; s < sizes.length; s++) {
            t = Math.max(starts[s], t + 600 + r.nextInt(3600));
            String context = pick(CONTEXTS, CONTEXT_CUMULATIVE, r.nextDouble());
            String contextId = null;
            String sessionPlatform = r.nextDouble() < 0.85 ? platform : PLATFORMS[r.nextInt(PLATFORMS.length)];
            boolean shuffle = context.equals("playlist") && r.nextDouble() < 0.4;
            int played = 0;
            boolean previousSkipped = false;
            while (played < sizes[s] && remaining > 0) {
                int a = pickArtist(left, remaining, r);
                int run = Math.min(Math.min(left[a], sizes[s] - played), 1 + r.nextInt(4));
                for (int k = 0; k < run; k++) {
                    int track = cat.firstTrack[artists[a]] + zipf(cat.trackCount[artists[a]], r);
                    if (contextId == null && context.equals("album")) contextId = cat.trackAlbumIds[track];
                    if (contextId == null && context.equals("radio")) contextId = cat.trackIds[track];
                    boolean skipped = r.nextDouble() < skipChance[a];
                    int duration = cat.trackDurationMs[track];
                    long ms = skipped ? Math.min(duration - 1000L, 2000 + r.nextInt(40_000)) : duration;
                    String reasonStart = played == 0 ? "clickrow" : previousSkipped ? "fwdbtn" : "trackdone";
                    out.listen(new ListenEvent(userId, ItemKind.TRACK, cat.trackIds[track], Instant.ofEpochSecond(t), Math.max(0, ms),
                            context, contextId, reasonStart, skipped ? "fwdbtn" : "trackdone", skipped, shuffle, false,
                            sessionPlatform, CatalogBuilder.SOURCE));
                    emitted++;
                    played++;
                    left[a]--;
                    remaining--;
                    previousSkipped = skipped;
                    t += Math.max(1, ms / 1000) + r.nextInt(3);
                }
            }
        }
        return emitted;
    }

    /**
     * About one user in six follows a show or two: a handful of episode plays (already released on the day) in the
     * listening window, at least one of each. Returns plays emitted.
     */
    long emitPodcasts(String userId, Places.Place place, PodcastCatalog pods, RecordSink out) {
        SplittableRandom r = Seeds.rng(seed, Seeds.PODCASTS, Seeds.hash(userId));
        if (pods.showCount() == 0 || r.nextDouble() >= 1.0 / 6) return 0;
        int show = r.nextInt(pods.showCount());
        DayRhythm rhythm = new DayRhythm(place.zone(), DayRhythm.samplePeakHour(r), 0.5);
        int plays = 2 + r.nextInt(11);
        long[] starts = new long[plays];
        long recentFirst = Math.max(firstDay, lastDay - 180);
        for (int i = 0; i < plays; i++) starts[i] = rhythm.sampleStart(r, recentFirst + r.nextLong(lastDay - recentFirst + 1));
        Arrays.sort(starts);
        long emitted = 0;
        long t = Long.MIN_VALUE;
        for (long start : starts) {
            t = Math.max(start, t + 60);
            int e = pods.pickEpisode(show, Math.floorDiv(t, 86_400L), r);
            if (e < 0) continue;
            int duration = pods.episodeDurationMs[show][e];
            boolean finished = r.nextDouble() < 0.55;
            long ms = finished ? duration : (long) (duration * (0.05 + 0.9 * r.nextDouble()));
            out.listen(new ListenEvent(userId, ItemKind.EPISODE, pods.episodeIds[show][e], Instant.ofEpochSecond(t), ms, "show",
                    pods.showIds[show], "clickrow", finished ? "trackdone" : "endplay", ms < 60_000, false, false, null,
                    CatalogBuilder.SOURCE));
            emitted++;
            t += ms / 1000;
        }
        return emitted;
    }

    /** 5% skips on the user's top artist rising to 40% on their lowest-weight one (by rank). */
    private static double[] skipChances(long[] weights) {
        int m = weights.length;
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) order[i] = i;
        Arrays.sort(order, (x, y) -> weights[x] != weights[y] ? Long.compare(weights[y], weights[x]) : Integer.compare(x, y));
        double[] chance = new double[m];
        for (int rank = 0; rank < m; rank++) chance[order[rank]] = 0.05 + 0.35 * (m == 1 ? 0 : (double) rank / (m - 1));
        return chance;
    }

    private static int[] sessionSizes(int total, SplittableRandom r) {
        int[] sizes = new int[total];
        int n = 0;
        for (int left = total; left > 0; ) {
            int len = 1;
            while (len < 30 && r.nextDouble() > 0.1) len++;
            len = Math.min(len, left);
            sizes[n++] = len;
            left -= len;
        }
        return Arrays.copyOf(sizes, n);
    }

    private static int pickArtist(int[] left, int remaining, SplittableRandom r) {
        int x = r.nextInt(remaining);
        for (int i = 0; i < left.length; i++) {
            x -= left[i];
            if (x < 0) return i;
        }
        throw new IllegalStateException("remaining plays out of step with the per-artist counts");
    }

    /** Index in [0, n) with P(k) proportional to 1/(k+1). */
    private static int zipf(int n, SplittableRandom r) {
        double h = 0;
        for (int k = 1; k <= n; k++) h += 1.0 / k;
        double x = r.nextDouble() * h;
        for (int k = 1; k <= n; k++) {
            x -= 1.0 / k;
            if (x < 0) return k - 1;
        }
        return n - 1;
    }

    private static String pick(String[] values, double[] cumulative, double u) {
        for (int i = 0; i < values.length; i++) if (u < cumulative[i]) return values[i];
        return values[values.length - 1];
    }
}
