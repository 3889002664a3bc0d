package dev.encore.synth;

import dev.encore.core.domain.Album;
import dev.encore.core.domain.Artist;
import dev.encore.core.domain.RecordSink;
import dev.encore.core.domain.Track;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Builds a world's music catalog: artists (one genre each), their albums and tracks, release dates (about 3% of
 * artists with an album out in the last 14 days) and power-law popularity (Zipf over artists, times a Zipf over
 * each artist's tracks). Each artist draws from its own random stream.
 */
final class CatalogBuilder {
    static final String SOURCE = "generated";
    private static final int TRACKS_PER_ARTIST = 7;

    private final long seed;
    private final LocalDate asOf;
    private final List<Artist> artists = new ArrayList<>();
    private final List<Album> albums = new ArrayList<>();
    private final List<Track> tracks = new ArrayList<>();

    CatalogBuilder(long seed, LocalDate asOf) {
        this.seed = seed;
        this.asOf = asOf;
    }

    WorldCatalog build(int trackCount) {
        int artistCount = Math.max(1, (int) Math.round((double) trackCount / TRACKS_PER_ARTIST));
        SplittableRandom plan = Seeds.rng(seed, Seeds.CATALOG, -1);
        Alias genrePick = new Alias(Genres.ALL.stream().mapToDouble(Genre::share).toArray());
        int[] genre = new int[artistCount];
        double[] size = new double[artistCount];
        for (int a = 0; a < artistCount; a++) {
            genre[a] = genrePick.sample(plan);
            size[a] = Math.exp(Seeds.gaussian(plan) * 0.7);
        }
        int[] counts = Allocate.proportional(trackCount, size, 1);
        double[] artistWeight = zipfOverShuffledRanks(artistCount, 0.9, plan);

        String[] trackIds = new String[trackCount];
        int[] trackArtist = new int[trackCount];
        int[] trackAlbum = new int[trackCount];
        int[] trackCluster = new int[trackCount];
        int[] duration = new int[trackCount];
        double[] popularity = new double[trackCount];
        String[] artistIds = new String[artistCount];
        int[] artistFirst = new int[artistCount];
        List<String> albumIds = new ArrayList<>();
        List<int[]> albumRanges = new ArrayList<>();
        int t = 0;
        for (int a = 0; a < artistCount; a++) {
            SplittableRandom r = Seeds.rng(seed, Seeds.CATALOG, a);
            Genre g = Genres.ALL.get(genre[a]);
            artistIds[a] = "gen:artist:" + a;
            artistFirst[a] = t;
            artists.add(new Artist(artistIds[a], Names.artist(r), tagsFor(g, r), Places.sample(r).country(), SOURCE));
            double[] sound = g.artistOffset(r);
            double[] within = zipfOverShuffledRanks(counts[a], 1.0, r);
            List<Integer> sizes = albumSizes(r, counts[a]);
            List<LocalDate> dates = releaseDates(r, sizes.size());
            for (int b = 0; b < sizes.size(); b++) {
                int album = albumIds.size();
                String albumId = "gen:album:" + album;
                albumIds.add(albumId);
                albumRanges.add(new int[]{t, sizes.get(b)});
                LocalDate released = dates.get(b);
                albums.add(new Album(albumId, Names.album(r), List.of(artistIds[a]), released, SOURCE));
                for (int k = 0; k < sizes.get(b); k++, t++) {
                    trackIds[t] = "gen:track:" + t;
                    trackArtist[t] = a;
                    trackAlbum[t] = album;
                    trackCluster[t] = genre[a];
                    duration[t] = g.sampleDurationMs(r);
                    popularity[t] = artistWeight[a] * within[t - artistFirst[a]] * Math.exp(Seeds.gaussian(r) * 0.3);
                    tracks.add(new Track(trackIds[t], Names.track(r), List.of(artistIds[a]), albumId, duration[t], released,
                            r.nextDouble() < g.explicitRate(), null, trackTags(g, r), g.sampleAudio(r, sound), SOURCE));
                }
            }
        }
        int[] albumFirst = albumRanges.stream().mapToInt(x -> x[0]).toArray();
        int[] albumCount = albumRanges.stream().mapToInt(x -> x[1]).toArray();
        return new WorldCatalog(trackIds, trackArtist, trackAlbum, trackCluster, duration, popularity, artistIds,
                artistFirst, counts, albumIds.toArray(String[]::new), albumFirst, albumCount, Genres.count());
    }

    void emit(RecordSink sink) {
        artists.forEach(sink::artist);
        albums.forEach(sink::album);
        tracks.forEach(sink::track);
    }

    int artistCount() {
        return artists.size();
    }

    int albumCount() {
        return albums.size();
    }

    /** Zipf weights 1/rank^s, ranks randomly permuted so index order carries no popularity. */
    static double[] zipfOverShuffledRanks(int n, double s, SplittableRandom r) {
        int[] rank = new int[n];
        for (int i = 0; i < n; i++) rank[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int tmp = rank[i];
            rank[i] = rank[j];
            rank[j] = tmp;
        }
        double[] w = new double[n];
        for (int i = 0; i < n; i++) w[i] = Math.pow(rank[i] + 1, -s);
        return w;
    }

    /** Singles, EPs and LPs until the artist's tracks are used up. */
    static List<Integer> albumSizes(SplittableRandom r, int tracks) {
        List<Integer> sizes = new ArrayList<>();
        int left = tracks;
        while (left > 0) {
            double u = r.nextDouble();
            int want = u < 0.25 ? 1 : u < 0.5 ? 4 + r.nextInt(3) : 8 + r.nextInt(7);
            int size = Math.min(left, want);
            sizes.add(size);
            left -= size;
        }
        return sizes;
    }

    /** Ascending release dates over a career of up to 30 years; about 3% of artists have just released one. */
    List<LocalDate> releaseDates(SplittableRandom r, int count) {
        long careerDays = 180 + r.nextInt(30 * 365);
        LocalDate start = asOf.minusDays(careerDays);
        List<LocalDate> dates = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long day = (long) ((careerDays - 15) * (i + r.nextDouble()) / count);
            dates.add(start.plusDays(day));
        }
        if (r.nextDouble() < 0.03) dates.set(count - 1, asOf.minusDays(r.nextInt(14)));
        return dates;
    }

    private static List<String> tagsFor(Genre g, SplittableRandom r) {
        List<String> tags = new ArrayList<>();
        tags.add(g.name());
        int extra = 1 + r.nextInt(3);
        for (int i = 0; i < extra; i++) {
            String tag = g.tags().get(r.nextInt(g.tags().size()));
            if (!tags.contains(tag)) tags.add(tag);
        }
        return tags;
    }

    private static List<String> trackTags(Genre g, SplittableRandom r) {
        String tag = g.tags().get(r.nextInt(g.tags().size()));
        return List.of(g.name(), tag);
    }
}
