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
 * Gives each real (HetRec) artist generated albums and tracks: 3–12 tracks (more for artists with more
 * listeners) over 1–4 albums, release dates along a career (a few within the last 14 days, likelier for popular
 * artists), and audio features, length and explicit flag drawn from the genre its tags point to.
 * Ids: {@code gen:track:<artist-n>:<k>}, {@code gen:album:<artist-n>:<k>}, k from 1.
 */
final class DemoCatalog {
    private final List<Album> albums = new ArrayList<>();
    private final List<Track> tracks = new ArrayList<>();
    /** Per artist (in the order given): index of its first track in {@link #trackIds}, and how many. */
    final int[] firstTrack;
    final int[] trackCount;
    final String[] trackIds;
    final String[] trackAlbumIds;
    final int[] trackDurationMs;

    /**
     * @param artists    the real artists, in a fixed order
     * @param listeners  per artist, how many users listen to it (drives track counts and recent releases)
     */
    DemoCatalog(List<Artist> artists, int[] listeners, long seed, LocalDate asOf) {
        int n = artists.size();
        double[] percentile = percentiles(listeners);
        Alias fallbackGenre = new Alias(Genres.ALL.stream().mapToDouble(Genre::share).toArray());
        firstTrack = new int[n];
        trackCount = new int[n];
        List<String> ids = new ArrayList<>();
        List<String> albumOf = new ArrayList<>();
        List<Integer> durations = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            Artist artist = artists.get(a);
            SplittableRandom r = Seeds.rng(seed, Seeds.CATALOG, Seeds.hash(artist.id()));
            int g = Genres.match(artist.tags());
            Genre genre = Genres.ALL.get(g >= 0 ? g : fallbackGenre.sample(r));
            String key = localId(artist.id());
            int count = (int) Math.round(Seeds.clamp(3 + 9 * percentile[a] + Seeds.gaussian(r) * 1.0, 3, 12));
            int albumCount = Math.min(count, 1 + r.nextInt(Math.min(4, 1 + count / 3)));
            double[] albumWeights = new double[albumCount];
            for (int b = 0; b < albumCount; b++) albumWeights[b] = 0.5 + r.nextDouble();
            int[] perAlbum = Allocate.proportional(count, albumWeights, 1);
            List<LocalDate> dates = releaseDates(r, albumCount, asOf, 0.002 + 0.02 * percentile[a] * percentile[a]);
            double[] sound = genre.artistOffset(r);
            List<String> tags = artist.tags().isEmpty() ? List.of(genre.name()) : artist.tags().subList(0, Math.min(3, artist.tags().size()));
            firstTrack[a] = ids.size();
            trackCount[a] = count;
            int k = 0;
            for (int b = 0; b < albumCount; b++) {
                String albumId = "gen:album:" + key + ":" + (b + 1);
                albums.add(new Album(albumId, Names.album(r), List.of(artist.id()), dates.get(b), CatalogBuilder.SOURCE));
                for (int i = 0; i < perAlbum[b]; i++) {
                    String trackId = "gen:track:" + key + ":" + (++k);
                    int duration = genre.sampleDurationMs(r);
                    ids.add(trackId);
                    albumOf.add(albumId);
                    durations.add(duration);
                    tracks.add(new Track(trackId, Names.track(r), List.of(artist.id()), albumId, duration, dates.get(b),
                            r.nextDouble() < genre.explicitRate(), null, tags, genre.sampleAudio(r, sound), CatalogBuilder.SOURCE));
                }
            }
        }
        trackIds = ids.toArray(String[]::new);
        trackAlbumIds = albumOf.toArray(String[]::new);
        trackDurationMs = durations.stream().mapToInt(Integer::intValue).toArray();
    }

    void emit(RecordSink sink) {
        albums.forEach(sink::album);
        sink.flush();
        tracks.forEach(sink::track);
        sink.flush();
    }

    int albumCount() {
        return albums.size();
    }

    int trackCountTotal() {
        return tracks.size();
    }

    /** The part after {@code lastfm:artist:} (HetRec's number), else the whole id. */
    static String localId(String artistId) {
        String prefix = "lastfm:artist:";
        return artistId.startsWith(prefix) ? artistId.substring(prefix.length()) : artistId;
    }

    /** Rank of each value among all, scaled to [0, 1] (ties share the lower rank). */
    private static double[] percentiles(int[] values) {
        int n = values.length;
        double[] out = new double[n];
        if (n < 2) return out;
        int[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        for (int i = 0; i < n; i++) {
            int below = lowerBound(sorted, values[i]);
            out[i] = (double) below / (n - 1);
        }
        return out;
    }

    private static int lowerBound(int[] sorted, int v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /** Ascending dates along a career starting 1965–2022; with probability {@code recent} the last is in the last 14 days. */
    private static List<LocalDate> releaseDates(SplittableRandom r, int count, LocalDate asOf, double recent) {
        LocalDate start = LocalDate.of(1965 + r.nextInt(58), 1 + r.nextInt(12), 1 + r.nextInt(28));
        if (start.isAfter(asOf.minusYears(1))) start = asOf.minusYears(1 + r.nextInt(20)); // an asOf in the past
        long span = Math.max(30, asOf.toEpochDay() - 30 - start.toEpochDay());
        List<LocalDate> dates = new ArrayList<>(count);
        for (int i = 0; i < count; i++) dates.add(start.plusDays((long) (span * (i + r.nextDouble()) / count)));
        if (r.nextDouble() < recent) dates.set(count - 1, asOf.minusDays(r.nextInt(14)));
        return dates;
    }
}
