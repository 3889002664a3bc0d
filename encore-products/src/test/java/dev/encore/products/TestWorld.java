package dev.encore.products;

import dev.encore.core.domain.Artist;
import dev.encore.core.domain.AudioFeatures;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.Track;
import dev.encore.core.matrix.ConfidenceWeighting;
import dev.encore.core.matrix.IdMap;
import dev.encore.core.matrix.Interactions;
import dev.encore.core.matrix.InteractionsBuilder;
import dev.encore.ml.Params;
import dev.encore.ml.als.AlsModel;
import dev.encore.ml.als.AlsParams;
import dev.encore.ml.als.AlsRecommender;
import dev.encore.ml.als.AlsTrainer;
import dev.encore.ml.content.ContentRecommender;
import dev.encore.ml.content.ItemFeatures;
import dev.encore.ml.serving.ModelBundle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A small world with planted tastes: {@code GENRES} genres of 6 artists with 10 tracks each (genre tag, genre-typical
 * tempo and energy); listener {@code u<i>} loves genre {@code i % GENRES} (90% of their plays), the rest is noise.
 * Listener {@code mix<i>} loves genres i, i+1 and i+2 (mod GENRES) equally, playing artists 0-2 of each.
 * Artist {@code a<g>-0}'s last track is a fresh release (10 days before {@link #TODAY}). Built once, shared by tests.
 */
public final class TestWorld {
    public static final int GENRES = 4, ARTISTS = 6, TRACKS = 10, USERS = 240, MIXED_USERS = 8;
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static TestWorld shared;

    public final List<Artist> artists = new ArrayList<>();
    public final List<Track> tracks = new ArrayList<>();
    public final List<ListenEvent> listens = new ArrayList<>();
    public final InMemoryCatalog catalog;
    public final InMemoryListeningHistory history;
    public final TasteModel taste;

    public static synchronized TestWorld get() {
        if (shared == null) shared = new TestWorld(7);
        return shared;
    }

    private TestWorld(long seed) {
        Random r = new Random(seed);
        for (int g = 0; g < GENRES; g++) {
            for (int a = 0; a < ARTISTS; a++) {
                String artist = "a" + g + "-" + a;
                artists.add(new Artist(artist, "Artist " + g + "-" + a, List.of(genre(g)), null, "test"));
                for (int k = 0; k < TRACKS; k++) {
                    LocalDate released = a == 0 && k == TRACKS - 1 ? TODAY.minusDays(10) : LocalDate.of(2015 + k, 1 + a, 1);
                    AudioFeatures audio = new AudioFeatures(80 + 30 * g + r.nextDouble() * 10, 0.2 + 0.2 * g + r.nextDouble() * 0.05,
                            0.5, 0.5, 0.5, 0.1, -8);
                    tracks.add(new Track(trackId(g, a, k), "Song " + g + "-" + a + "-" + k, List.of(artist), null, 200_000,
                            released, false, null, List.of(genre(g)), audio, "test"));
                }
            }
        }
        InteractionsBuilder b = new InteractionsBuilder(ConfidenceWeighting.defaults(), new IdMap(), itemMap());
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        for (int u = 0; u < USERS; u++) {
            int g = u % GENRES;
            for (int p = 0; p < 40; p++) {
                int genre = r.nextDouble() < 0.9 ? g : r.nextInt(GENRES);
                // each listener knows only 4 of the 6 artists of their genre (the others are left to discover)
                int artist = genre == g ? (u / GENRES + r.nextInt(4)) % ARTISTS : r.nextInt(ARTISTS);
                int track = r.nextInt(TRACKS - 1);
                String id = trackId(genre, artist, track);
                b.add(userId(u), id, 1f);
                listens.add(ListenEvent.play(userId(u), id, start.plusSeconds(r.nextInt(300 * 86400)), "test"));
            }
        }
        for (int u = 0; u < MIXED_USERS; u++) {       // listeners with three equally loved genres, for daily mixes
            for (int p = 0; p < 150; p++) {
                int genre = (u + p % 3) % GENRES;
                String id = trackId(genre, r.nextInt(3), r.nextInt(TRACKS - 1));
                b.add(mixedUserId(u), id, 1f + r.nextInt(3));
                listens.add(ListenEvent.play(mixedUserId(u), id, start.plusSeconds(r.nextInt(300 * 86400)), "test"));
            }
        }
        Interactions interactions = b.build();
        AlsParams p = new AlsParams(16, 0.05, 10, 10, 3, 1, 11, false);
        AlsModel cf = new AlsRecommender().fit(interactions.matrix(), p, AlsTrainer.Listener.NONE);
        ItemFeatures features = ItemFeatures.fromTracks(interactions.items(), tracks);
        var content = new ContentRecommender(features).fit(interactions.matrix(), Params.empty());
        taste = TasteModel.of(new ModelBundle(interactions, cf, Map.of()), content);
        catalog = new InMemoryCatalog(artists, tracks);
        history = new InMemoryListeningHistory(listens);
    }

    private IdMap itemMap() {
        IdMap items = new IdMap();
        for (Track t : tracks) items.add(t.id());
        return items;
    }

    public static String genre(int g) {
        return List.of("rock", "jazz", "techno", "folk", "metal", "soul").get(g);
    }

    public static String trackId(int g, int a, int k) {
        return "t" + g + "-" + a + "-" + k;
    }

    public static String mixedUserId(int u) {
        return "mix" + u;
    }

    public static String userId(int u) {
        return "u" + u;
    }

    /** The planted genre of a track id "t<g>-<a>-<k>". */
    public static int genreOf(String trackId) {
        return trackId.charAt(1) - '0';
    }

    public static String artistOf(String trackId) {
        return "a" + trackId.substring(1, trackId.lastIndexOf('-'));
    }
}
