package dev.encore.synth;

import dev.encore.core.domain.Album;
import dev.encore.core.domain.Artist;
import dev.encore.core.domain.Episode;
import dev.encore.core.domain.Feedback;
import dev.encore.core.domain.Follow;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.RecordSink;
import dev.encore.core.domain.Show;
import dev.encore.core.domain.Track;
import dev.encore.core.domain.User;
import dev.encore.formats.encore.EncoreFormatReader;
import dev.encore.formats.encore.ReadReport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A generated world read back through the native-format reader, plus its planted truth, for assertions. */
final class LoadedWorld {
    final Map<String, Artist> artists = new LinkedHashMap<>();
    final Map<String, Album> albums = new LinkedHashMap<>();
    final Map<String, Track> tracks = new LinkedHashMap<>();
    final Map<String, Show> shows = new LinkedHashMap<>();
    final Map<String, Episode> episodes = new LinkedHashMap<>();
    final Map<String, User> users = new LinkedHashMap<>();
    final List<ListenEvent> listens = new ArrayList<>();
    final List<Follow> follows = new ArrayList<>();
    final List<Feedback> feedback = new ArrayList<>();
    final Map<String, Map<Integer, Double>> tastes = new HashMap<>();
    final Map<String, Integer> trackCluster = new HashMap<>();
    final ReadReport report;

    LoadedWorld(Path dir) throws IOException {
        report = EncoreFormatReader.readStrict(dir, new RecordSink() {
            @Override public void artist(Artist a) { artists.put(a.id(), a); }
            @Override public void album(Album a) { albums.put(a.id(), a); }
            @Override public void track(Track t) { tracks.put(t.id(), t); }
            @Override public void show(Show s) { shows.put(s.id(), s); }
            @Override public void episode(Episode e) { episodes.put(e.id(), e); }
            @Override public void user(User u) { users.put(u.id(), u); }
            @Override public void listen(ListenEvent e) { listens.add(e); }
            @Override public void follow(Follow f) { follows.add(f); }
            @Override public void feedback(Feedback f) { feedback.add(f); }
        });
        List<String> tasteRows = Files.readAllLines(dir.resolve("truth/user_tastes.csv"));
        for (String row : tasteRows.subList(1, tasteRows.size())) {
            String[] f = row.split(",");
            tastes.computeIfAbsent(f[0], k -> new HashMap<>()).put(Integer.parseInt(f[1]), Double.parseDouble(f[2]));
        }
        List<String> clusterRows = Files.readAllLines(dir.resolve("truth/track_clusters.csv"));
        for (String row : clusterRows.subList(1, clusterRows.size())) {
            String[] f = row.split(",");
            trackCluster.put(f[0], Integer.parseInt(f[1]));
        }
    }

    /** True when the listen's track lies outside every cluster of the listener's planted taste. */
    boolean mismatched(ListenEvent e) {
        return !tastes.get(e.userId()).containsKey(trackCluster.get(e.itemId()));
    }
}
