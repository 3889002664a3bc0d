package dev.encore.synth;

import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import dev.encore.formats.encore.ListenCsv;

import java.time.Instant;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Plays one listener's year: sessions at their habitual hours, tracks from their taste (a session leans on one
 * cluster, favourites come back, the same artist often follows), occasional strays outside the taste that are
 * skipped far more often, and podcast sessions for podcast listeners. Then derives their follows and feedback.
 * Stateless apart from read-only catalogs, so listeners are simulated on any thread in any order.
 */
final class ListeningSimulator {
    private static final String[] PLATFORMS = {"android", "ios", "desktop", "web"};
    private static final int ROTATION = 64;

    private final WorldCatalog cat;
    private final PodcastCatalog pods;
    private final long seed;
    private final long lastDay;
    private final Social social;

    ListeningSimulator(WorldCatalog cat, PodcastCatalog pods, long seed, long asOfEpochDay, Social social) {
        this.cat = cat;
        this.pods = pods;
        this.seed = seed;
        this.lastDay = asOfEpochDay - 2; // sessions end before asOf even in far-west time zones
        this.social = social;
    }

    void simulate(Listener u, int events, ListenerOutput out) {
        if (events == 0) return;
        SplittableRandom r = Seeds.rng(seed, Seeds.LISTENING, u.index);
        DayRhythm rhythm = new DayRhythm(u.place.zone(), u.peakHour, u.habitStrength);
        int[] sizes = sessionSizes(events, r);
        long days = Math.max(1, lastDay - u.firstDay + 1);
        long[] starts = new long[sizes.length];
        for (int i = 0; i < starts.length; i++) starts[i] = rhythm.sampleStart(r, u.firstDay + r.nextLong(days));
        Arrays.sort(starts);
        History history = new History();
        int[] rotation = new int[ROTATION];
        int rotationSize = 0;
        long t = Long.MIN_VALUE;
        for (int s = 0; s < sizes.length; s++) {
            t = Math.max(starts[s], t + 600 + r.nextInt(3600)); // no overlapping sessions
            boolean podcast = u.shows.length > 0 && r.nextDouble() < u.podcastShare;
            if (podcast) {
                long after = podcastSession(u, sizes[s], t, r, out);
                if (after >= 0) {
                    t = after;
                    continue;
                }
            }
            Session session = new Session(u, r);
            for (int j = 0; j < sizes[s]; j++) {
                int track;
                if (session.album) {
                    track = session.nextAlbumTrack(cat, r);
                } else {
                    track = pickTrack(u, session.cluster, session.previous, rotation, rotationSize, r);
                    if (track == session.previous) track = pickTrack(u, session.cluster, session.previous, rotation, rotationSize, r);
                    if (rotationSize < ROTATION && r.nextDouble() < 0.2) rotation[rotationSize++] = track;
                }
                if (session.radio && j == 0) session.contextId = cat.trackIds[track];
                double w = u.weightOf(cat.trackCluster[track]);
                boolean mismatch = w == 0;
                double pSkip = mismatch ? 0.55 : 0.06 + (session.shuffle ? 0.05 : 0) + 0.1 * (1 - w);
                boolean skipped = r.nextDouble() < pSkip;
                int duration = cat.trackDurationMs[track];
                long ms = skipped ? Math.min(duration - 1000L, 2000 + r.nextInt(40_000)) : duration;
                String reasonStart = j == 0 ? (r.nextBoolean() ? "clickrow" : "playbtn") : session.previousSkipped ? "fwdbtn" : "trackdone";
                String reasonEnd = skipped ? "fwdbtn" : j == sizes[s] - 1 && r.nextDouble() < 0.3 ? "endplay" : "trackdone";
                ListenCsv.appendRow(out.listenRows, new ListenEvent(u.id, ItemKind.TRACK, cat.trackIds[track], Instant.ofEpochSecond(t),
                        Math.max(0, ms), session.contextType, session.contextId, reasonStart, reasonEnd, skipped, session.shuffle,
                        session.offline, session.platform, CatalogBuilder.SOURCE));
                out.listens++;
                history.played(track, skipped, mismatch, t);
                session.previous = track;
                session.previousSkipped = skipped;
                t += Math.max(1, ms / 1000) + r.nextInt(3);
            }
        }
        social.derive(u, history, r, out);
    }

    /** Session lengths (1..40, mean about 11) that add up to {@code events}. */
    private static int[] sessionSizes(int events, SplittableRandom r) {
        int[] sizes = new int[Math.max(1, events / 4 + 1)];
        int n = 0;
        int left = events;
        while (left > 0) {
            int len = 1;
            while (len < 40 && r.nextDouble() > 0.1) len++;
            len = Math.min(len, left);
            if (n == sizes.length) sizes = Arrays.copyOf(sizes, n * 2);
            sizes[n++] = len;
            left -= len;
        }
        return Arrays.copyOf(sizes, n);
    }

    private int pickTrack(Listener u, int sessionCluster, int previous, int[] rotation, int rotationSize, SplittableRandom r) {
        double x = r.nextDouble();
        if (x < u.exploration) return cat.sample(u.sampleOtherCluster(r), r);
        if (previous >= 0 && x < u.exploration + 0.12) return cat.sameArtist(previous, r);
        if (rotationSize > 0 && r.nextDouble() < 0.35) return rotation[r.nextInt(rotationSize)];
        int c = r.nextDouble() < 0.7 ? sessionCluster : u.sampleCluster(r);
        return cat.sample(c, r);
    }

    /** Plays episodes of a favourite show; returns the time after them, or -1 when no episode was out yet. */
    private long podcastSession(Listener u, int count, long t, SplittableRandom r, ListenerOutput out) {
        int show = u.shows[r.nextInt(u.shows.length)];
        long day = Math.floorDiv(t, 86_400L);
        if (pods.pickEpisode(show, day, r) < 0) return -1;
        String platform = r.nextDouble() < 0.85 ? u.platform : PLATFORMS[r.nextInt(PLATFORMS.length)];
        for (int j = 0; j < count; j++) {
            int e = pods.pickEpisode(show, day, r);
            int duration = pods.episodeDurationMs[show][e];
            boolean finished = r.nextDouble() < 0.55;
            long ms = finished ? duration : (long) (duration * (0.05 + 0.9 * r.nextDouble()));
            boolean skipped = ms < 60_000;
            ListenCsv.appendRow(out.listenRows, new ListenEvent(u.id, ItemKind.EPISODE, pods.episodeIds[show][e], Instant.ofEpochSecond(t),
                    ms, "show", pods.showIds[show], j == 0 ? "clickrow" : "trackdone", finished ? "trackdone" : "endplay",
                    skipped, false, r.nextDouble() < 0.1, platform, CatalogBuilder.SOURCE));
            out.listens++;
            t += ms / 1000 + 5;
        }
        return t;
    }

    /** Per-session choices: which cluster it leans on, where it is played from, playback mode. */
    private static final class Session {
        final int cluster;
        final String contextType;
        final boolean album;
        final boolean radio;
        final boolean shuffle;
        final boolean offline;
        final String platform;
        String contextId;
        int previous = -1;
        boolean previousSkipped;
        private int albumCursor = -1;
        private int albumEnd = -1;

        Session(Listener u, SplittableRandom r) {
            cluster = u.sampleCluster(r);
            double c = r.nextDouble();
            contextType = c < 0.2 ? "album" : c < 0.55 ? "playlist" : c < 0.7 ? "radio" : "collection";
            album = c < 0.2;
            radio = contextType.equals("radio");
            shuffle = !album && !radio && r.nextDouble() < u.shuffleRate;
            offline = r.nextDouble() < 0.03;
            platform = r.nextDouble() < 0.85 ? u.platform : PLATFORMS[r.nextInt(PLATFORMS.length)];
        }

        /** Plays an album of the session's cluster in order, from the top or from a hit; then another album. */
        int nextAlbumTrack(WorldCatalog cat, SplittableRandom r) {
            if (albumCursor < 0 || albumCursor >= albumEnd) {
                int hit = cat.sample(cluster, r);
                int a = cat.trackAlbum[hit];
                albumCursor = r.nextDouble() < 0.3 ? hit : cat.albumFirstTrack[a];
                albumEnd = cat.albumFirstTrack[a] + cat.albumTrackCount[a];
                contextId = cat.albumIds[a];
            }
            return albumCursor++;
        }
    }
}
