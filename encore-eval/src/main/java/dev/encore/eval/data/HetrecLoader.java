package dev.encore.eval.data;

import dev.encore.core.domain.Artist;
import dev.encore.core.domain.PlayCount;
import dev.encore.core.domain.RecordSink;
import dev.encore.core.matrix.ConfidenceWeighting;
import dev.encore.core.matrix.IdMap;
import dev.encore.eval.run.ItemMetadata;
import dev.encore.formats.ImportOptions;
import dev.encore.formats.hetrec.HetrecImporter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads HetRec 2011 Last.fm 2K for user–artist evaluation through the formats module's importer: one interaction
 * per (user, artist) with the play count as weight, damped by {@link ConfidenceWeighting#countWeight} (the
 * platform's defaults: log(1 + count)); no timestamps (the data set has none for plays, so only random and k-fold
 * splits apply). Items are artists, so the metadata maps each item to itself as artist (exposure per artist)
 * and to the importer's top tags (diversity by tags).
 */
public final class HetrecLoader {
    private HetrecLoader() {}

    /** A loaded data set: the log, the names of its dense users and items, and item metadata. */
    public record Data(InteractionLog log, IdMap users, IdMap items, ItemMetadata metadata) {}

    public static Data load(Path dir) {
        return load(dir, ConfidenceWeighting.defaults());
    }

    public static Data load(Path dir, ConfidenceWeighting weighting) {
        IdMap users = new IdMap(), items = new IdMap();
        List<long[]> cells = new ArrayList<>();
        List<Float> weights = new ArrayList<>();
        Map<String, List<String>> tags = new HashMap<>();
        RecordSink sink = new RecordSink() {
            @Override
            public void playCount(PlayCount c) {
                cells.add(new long[] {users.add(c.userId()), items.add(c.itemId())});
                weights.add(weighting.countWeight(c.count()));
            }

            @Override
            public void artist(Artist a) {
                tags.put(a.id(), a.tags());
            }
        };
        new HetrecImporter().importPaths(List.of(dir), sink, ImportOptions.defaults());
        if (cells.isEmpty()) throw new IllegalArgumentException(dir + " holds no user_artists.dat play counts: is it the hetrec2011-lastfm-2k directory?");
        InteractionLog.Builder b = InteractionLog.builder(users.size(), items.size());
        for (int i = 0; i < cells.size(); i++) b.add((int) cells.get(i)[0], (int) cells.get(i)[1], weights.get(i), InteractionLog.NO_TIME);
        int[] artistOf = new int[items.size()];
        int[][] tagsOf = new int[items.size()][];
        IdMap tagIds = new IdMap();
        for (int i = 0; i < items.size(); i++) {
            artistOf[i] = i;
            List<String> t = tags.get(items.id(i));
            if (t != null) tagsOf[i] = t.stream().mapToInt(tagIds::add).distinct().sorted().toArray();
        }
        return new Data(b.build(), users, items, new ItemMetadata(artistOf, items.size(), tagsOf));
    }
}
