package dev.encore.server.products;

import dev.encore.core.domain.Artist;
import dev.encore.core.domain.AudioFeatures;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.Track;
import dev.encore.core.domain.User;
import dev.encore.core.matrix.ConfidenceWeighting;
import dev.encore.core.matrix.Interactions;
import dev.encore.ml.als.AlsParams;
import dev.encore.ml.als.AlsRecommender;
import dev.encore.ml.als.AlsTrainer;
import dev.encore.server.Harness;
import dev.encore.server.ServerConfig;
import dev.encore.server.serving.LoadedModel;
import dev.encore.server.serving.ModelSource;
import dev.encore.store.EncoreStore;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * A tiny world for the product endpoints: three genres (rock, jazz, techno) of six artists with five tracks each
 * (genre tag, genre-typical tempo and energy); 90 listeners {@code u<i>} loving genre {@code i % 3} (27 plays of it in
 * 2026, 3 of any genre, seeded; every tenth listener, u9, u19, ..., 10 more of their genre), in time zone Europe/Stockholm. One ALS model ("als-1") is trained on the store.
 */
public final class ProductWorld {
    public static final String[] GENRES = {"rock", "jazz", "techno"};
    public static final int ARTISTS = 6, TRACKS = 5, USERS = 90, PLAYS = 30, OWN = 27, EXTRA = 10;
    /** Monday 23 Nov 2026, noon UTC: ISO week 2026-W48. */
    public static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    private ProductWorld() {}

    /** Plays of listener {@code u}: listeners u9, u19, ... play {@code EXTRA} more tracks of their genre. */
    public static int plays(int u) {
        return u % 10 == 9 ? PLAYS + EXTRA : PLAYS;
    }

    public static String trackId(int g, int a, int k) {
        return "t" + g + "-" + a + "-" + k;
    }

    public static int genreOf(String trackId) {
        return trackId.charAt(1) - '0';
    }

    /** Writes the world into {@code dir}'s store and returns a model source serving ALS trained on it. */
    public static ModelSource build(Path dir, long seed) {
        Random r = new Random(seed);
        Instant start = Instant.parse("2026-01-05T08:00:00Z");
        try (EncoreStore store = EncoreStore.open(dir)) {
            store.write(sink -> {
                for (int g = 0; g < GENRES.length; g++) {
                    for (int a = 0; a < ARTISTS; a++) {
                        String artist = "a" + g + "-" + a;
                        sink.artist(new Artist(artist, "Artist " + GENRES[g] + " " + a, List.of(GENRES[g]), "SE", "test"));
                        for (int k = 0; k < TRACKS; k++) {
                            AudioFeatures audio = new AudioFeatures(90 + 30 * g + r.nextDouble() * 5, 0.2 + 0.3 * g, 0.5, 0.5, 0.5, 0.1, -8);
                            sink.track(new Track(trackId(g, a, k), "Song " + GENRES[g] + " " + a + "-" + k, List.of(artist), null,
                                    180_000, null, false, null, List.of(GENRES[g]), audio, "test"));
                        }
                    }
                }
                for (int u = 0; u < USERS; u++) {
                    String user = "u" + u;
                    sink.user(new User(user, "SE", start, "Europe/Stockholm", "test"));
                    for (int p = 0; p < plays(u); p++) {
                        int g = p < OWN || p >= PLAYS ? u % 3 : r.nextInt(3);
                        String track = trackId(g, r.nextInt(ARTISTS), r.nextInt(TRACKS));
                        sink.listen(ListenEvent.play(user, track, start.plusSeconds(86_400L * r.nextInt(300) + 600L * p), "test"));
                    }
                }
            });
            store.settle();
            Interactions in = store.interactions(ItemKind.TRACK, ConfidenceWeighting.defaults());
            var als = new AlsRecommender().fit(in.matrix(), new AlsParams(16, 0.05, 10, 10, 3, 1, seed, false), AlsTrainer.Listener.NONE);
            return new Single(new LoadedModel("als-1", in, als, Map.of("algorithm", "als", "seed", seed), NOW));
        }
    }

    /** A server over the world built into {@code dir} (seeded) with the clock standing at {@link #NOW}. */
    public static ServerConfig serverConfig(Path dir, long seed) {
        return Harness.at(dir, build(dir, seed), NOW);
    }

    /** One model version held in memory. */
    record Single(LoadedModel model) implements ModelSource {
        @Override public Optional<String> currentVersion() { return Optional.of(model.version()); }
        @Override public LoadedModel load(String v) { return model; }
        @Override public List<String> versions() { return List.of(model.version()); }
        @Override public Map<String, Object> manifest(String v) { return model.manifest(); }
        @Override public void activate(String v) { }
    }
}
