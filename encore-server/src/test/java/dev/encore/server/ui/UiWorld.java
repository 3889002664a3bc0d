package dev.encore.server.ui;

import dev.encore.core.domain.Artist;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.Track;
import dev.encore.core.domain.User;
import dev.encore.core.matrix.ConfidenceWeighting;
import dev.encore.core.matrix.Interactions;
import dev.encore.ml.Params;
import dev.encore.ml.knn.ItemKnnRecommender;
import dev.encore.server.serving.LoadedModel;
import dev.encore.server.serving.ModelSource;
import dev.encore.store.EncoreStore;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;

/**
 * A tiny music world for the UI tests: three genres, two artists each, six tracks per artist; 36 listeners, 12 per
 * genre, each playing 6 tracks of their genre and one of another (seeded). Two item-kNN model versions (v1, v2) are
 * trained on it.
 */
final class UiWorld {
    static final String[][] ARTISTS = {
            {"rock", "a-static", "The Velvet Static"}, {"rock", "a-harbor", "Harbor Lights"},
            {"jazz", "a-miles", "Blue Hour Trio"}, {"jazz", "a-nina", "Nina Calloway"},
            {"electronic", "a-neon", "Neon Parade"}, {"electronic", "a-tide", "Tidal Lines"}};
    static final String[] FIRST = {"Midnight", "Glass", "Summer", "Paper", "Golden", "Velvet", "Neon", "Silver", "Quiet"};
    static final String[] SECOND = {"Echo", "Rain", "Satellite", "Harbor", "Avenue", "Garden", "Static", "Comet"};
    static final int TRACKS = 6;
    static final String[] NAMES = {"ana", "ben", "chloe", "dev", "emma", "femi", "gus", "hana", "ivan", "jo", "kai", "lea"};

    private UiWorld() {}

    /** Writes catalog and listens into {@code dir}'s store and returns the model versions trained on them. */
    static Models build(Path dir, long seed) {
        Random rnd = new Random(seed);
        Instant start = Instant.parse("2026-11-01T08:00:00Z");
        try (EncoreStore store = EncoreStore.open(dir)) {
            store.write(sink -> {
                for (int a = 0; a < ARTISTS.length; a++) {
                    String[] art = ARTISTS[a];
                    sink.artist(new Artist(art[1], art[2], List.of(art[0]), "SE", "test"));
                    for (int t = 0; t < TRACKS; t++)
                        sink.track(new Track(trackId(a, t), FIRST[(a + t * 4) % FIRST.length] + " " + SECOND[(a * 3 + t) % SECOND.length],
                                List.of(art[1]), null, 200_000, null, false, null, List.of(art[0]), null, "test"));
                }
                for (int g = 0; g < 3; g++) {
                    for (int u = 0; u < 12; u++) {
                        String user = g == 0 ? NAMES[u] : ARTISTS[g * 2][0] + "-fan-" + u;
                        sink.user(new User(user, "SE", start, "Europe/Stockholm", "test"));
                        TreeSet<Integer> picked = new TreeSet<>();
                        while (picked.size() < 6) picked.add(rnd.nextInt(2 * TRACKS));
                        int n = 0;
                        for (int p : picked)
                            sink.listen(ListenEvent.play(user, trackId(g * 2 + p / TRACKS, p % TRACKS), start.plusSeconds(600L * n++ + u), "test"));
                        int other = (g + 1 + rnd.nextInt(2)) % 3;   // one excursion into another genre
                        sink.listen(ListenEvent.play(user, trackId(other * 2 + rnd.nextInt(2), rnd.nextInt(TRACKS)), start.plusSeconds(600L * n + u), "test"));
                    }
                }
            });
            store.settle();
            Interactions in = store.interactions(ItemKind.TRACK, ConfidenceWeighting.defaults());
            ItemKnnRecommender knn = new ItemKnnRecommender();
            Models m = new Models();
            m.add(new LoadedModel("v1", in, knn.fit(in.matrix(), Params.parse("neighbours=10")), Map.of("algorithm", "itemknn", "neighbours", 10, "seed", seed), Instant.now()));
            m.add(new LoadedModel("v2", in, knn.fit(in.matrix(), Params.parse("neighbours=20")), Map.of("algorithm", "itemknn", "neighbours", 20, "seed", seed), Instant.now()));
            return m;
        }
    }

    static String trackId(int artist, int t) {
        return "t-" + ARTISTS[artist][1].substring(2) + "-" + t;
    }

    /** Model versions held in memory; the last added is current. */
    static final class Models implements ModelSource {
        private final Map<String, LoadedModel> versions = new LinkedHashMap<>();
        private volatile String current;

        synchronized void add(LoadedModel m) {
            versions.put(m.version(), m);
            current = m.version();
        }

        @Override public Optional<String> currentVersion() { return Optional.ofNullable(current); }
        @Override public synchronized List<String> versions() { return new ArrayList<>(versions.keySet()); }
        @Override public synchronized Map<String, Object> manifest(String v) { return versions.get(v).manifest(); }

        @Override
        public synchronized LoadedModel load(String v) {
            if (!versions.containsKey(v)) throw new IllegalArgumentException("no model version '" + v + "'; known: " + versions.keySet());
            return versions.get(v);
        }

        @Override
        public synchronized void activate(String v) {
            load(v);
            current = v;
        }
    }
}
