package dev.encore.products.prompt;

import dev.encore.core.domain.Artist;
import dev.encore.core.domain.Follow;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.PlayCount;
import dev.encore.core.domain.RecordSink;
import dev.encore.core.domain.Track;
import dev.encore.formats.ImportOptions;
import dev.encore.formats.hetrec.HetrecImporter;
import dev.encore.products.InMemoryCatalog;
import dev.encore.products.InMemoryListeningHistory;
import dev.encore.synth.DemoCompletion;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo catalog as {@code encore demo} builds it: the bundled HetRec 2011 Last.fm data (real artists and tags)
 * completed by the generator (seed 2011) with tracks and listens. Popularity = generated listens per track; the
 * listens of users {@link #HISTORY_USERS} are kept as history. Built once per test JVM (~5 s).
 */
final class DemoCatalog {
    static final List<String> HISTORY_USERS = List.of("lastfm:user:2", "lastfm:user:3", "lastfm:user:4");
    private static DemoCatalog shared;

    final List<Artist> artists = new ArrayList<>();
    final List<Track> tracks = new ArrayList<>();
    final Map<String, Integer> plays = new HashMap<>();
    final List<ListenEvent> history = new ArrayList<>();
    final PromptIndex index;
    final InMemoryCatalog catalog;
    final InMemoryListeningHistory listens;

    static synchronized DemoCatalog get() {
        if (shared == null) shared = new DemoCatalog();
        return shared;
    }

    private DemoCatalog() {
        Path dir = locate();
        List<PlayCount> counts = new ArrayList<>();
        List<Follow> friends = new ArrayList<>();
        new HetrecImporter().importPaths(List.of(dir), new RecordSink() {
            @Override public void artist(Artist a) { artists.add(a); }
            @Override public void playCount(PlayCount c) { if (c.itemKind() == ItemKind.ARTIST) counts.add(c); }
            @Override public void follow(Follow f) { friends.add(f); }
        }, ImportOptions.defaults());
        DemoCompletion.complete(artists, counts, friends, 2011, new RecordSink() {
            @Override public void track(Track t) { tracks.add(t); }
            @Override public void listen(ListenEvent e) {
                if (e.itemKind() != ItemKind.TRACK) return;
                plays.merge(e.itemId(), 1, Integer::sum);
                if (HISTORY_USERS.contains(e.userId())) history.add(e);
            }
        });
        index = new PromptIndex(artists, tracks, id -> plays.getOrDefault(id, 0));
        catalog = new InMemoryCatalog(artists, tracks);
        listens = new InMemoryListeningHistory(history);
    }

    /** data/demo/hetrec2011-lastfm-2k from the repository root (tests run in the module directory). */
    static Path locate() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path d = p.resolve("data/demo/hetrec2011-lastfm-2k");
            if (Files.isDirectory(d)) return d;
        }
        throw new IllegalStateException("data/demo/hetrec2011-lastfm-2k not found above " + Path.of("").toAbsolutePath());
    }
}
