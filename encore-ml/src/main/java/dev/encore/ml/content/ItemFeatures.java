package dev.encore.ml.content;

import dev.encore.core.domain.AudioFeatures;
import dev.encore.core.domain.TagAssignment;
import dev.encore.core.domain.Track;
import dev.encore.core.matrix.IdMap;
import dev.encore.core.matrix.MatrixBuilder;
import dev.encore.core.matrix.InteractionMatrix;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Side data for content similarity, per dense item index (the same indices as the interaction matrix, which must
 * therefore include catalog items nobody has played yet): tag counts (genres, moods, user tags) and optional audio
 * features. Tags are compared case-insensitively after trimming. Immutable.
 */
public final class ItemFeatures {
    /** Audio features in a fixed order: tempo, energy, valence, danceability, acousticness, instrumentalness, loudness. */
    public static final int AUDIO_DIMS = 7;
    private final List<String> tagNames;
    private final InteractionMatrix tagCounts;   // item × tag
    private final double[][] audio;              // item -> AUDIO_DIMS values, null when unknown

    private ItemFeatures(List<String> tagNames, InteractionMatrix tagCounts, double[][] audio) {
        this.tagNames = Collections.unmodifiableList(tagNames);
        this.tagCounts = tagCounts;
        this.audio = audio;
    }

    public static Builder builder(int itemCount) {
        return new Builder(itemCount);
    }

    /** Tags (count 1 each) and audio of each track in {@code items}; tracks the map does not know are skipped. */
    public static ItemFeatures fromTracks(IdMap items, Iterable<Track> tracks) {
        Builder b = builder(items.size());
        for (Track t : tracks) {
            int i = items.indexOf(t.id());
            if (i < 0) continue;
            for (String tag : t.tags()) b.tag(i, tag);
            if (t.audio() != null) b.audio(i, t.audio());
        }
        return b.build();
    }

    /** Counts how often each item was given each tag (e.g. HetRec's user_taggedartists); unknown items are skipped. */
    public static ItemFeatures fromTagAssignments(IdMap items, Iterable<TagAssignment> assignments) {
        Builder b = builder(items.size());
        for (TagAssignment a : assignments) {
            int i = items.indexOf(a.itemId());
            if (i >= 0) b.tag(i, a.tag());
        }
        return b.build();
    }

    public int itemCount() {
        return tagCounts.rows();
    }

    public List<String> tagNames() {
        return tagNames;
    }

    /** Item × tag counts (tag indices into {@link #tagNames()}). */
    public InteractionMatrix tagCounts() {
        return tagCounts;
    }

    /** The item's audio features in {@link #AUDIO_DIMS} order, or null when unknown. */
    public double[] audio(int item) {
        double[] a = audio[item];
        return a == null ? null : a.clone();
    }

    public static final class Builder {
        private final int itemCount;
        private final Map<String, Integer> tagIndex = new HashMap<>();
        private final List<String> tagNames = new ArrayList<>();
        private final MatrixBuilder counts = new MatrixBuilder();
        private final double[][] audio;

        private Builder(int itemCount) {
            if (itemCount < 0) throw new IllegalArgumentException("itemCount must be >= 0, got " + itemCount);
            this.itemCount = itemCount;
            this.audio = new double[itemCount][];
        }

        public Builder tag(int item, String tag) {
            return tag(item, tag, 1);
        }

        /** Adds {@code count} uses of {@code tag} on {@code item} (repeated calls add up); blank tags are ignored. */
        public Builder tag(int item, String tag, int count) {
            checkItem(item);
            if (count < 1) throw new IllegalArgumentException("tag count must be >= 1, got " + count + " for item " + item);
            if (tag == null || tag.isBlank()) return this;
            String key = tag.trim().toLowerCase(Locale.ROOT);
            int t = tagIndex.computeIfAbsent(key, k -> {
                tagNames.add(k);
                return tagNames.size() - 1;
            });
            counts.add(item, t, count);
            return this;
        }

        public Builder audio(int item, AudioFeatures a) {
            checkItem(item);
            audio[item] = new double[] {a.tempo(), a.energy(), a.valence(), a.danceability(), a.acousticness(),
                    a.instrumentalness(), a.loudness()};
            return this;
        }

        public ItemFeatures build() {
            InteractionMatrix m = counts.build(itemCount, tagNames.size(), true);
            return new ItemFeatures(new ArrayList<>(tagNames), m, audio.clone());
        }

        private void checkItem(int item) {
            if (item < 0 || item >= itemCount)
                throw new IllegalArgumentException("item " + item + " is out of range: these features cover " + itemCount + " items");
        }
    }
}
