package dev.encore.products.prompt;

import dev.encore.core.domain.Artist;
import dev.encore.core.domain.Track;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The catalog as prompts search it: tracks by (normalised) tag and by artist, artists by normalised name, the tag
 * vocabulary with counts, and each track's popularity scaled to [0, 1] (log of the caller's counts). A track's tags
 * are its own plus its artist's. Built once per catalog (the server rebuilds it when the catalog changes); read-only after.
 */
public final class PromptIndex {
    private final List<Track> tracks = new ArrayList<>();
    private final Map<String, Integer> trackIndex = new HashMap<>();
    private final Map<String, List<Integer>> byTag = new HashMap<>();
    private final Map<String, String> tagShown = new HashMap<>();
    private final Map<String, String> bySquashed = new HashMap<>();
    private final Map<String, List<Integer>> byArtist = new HashMap<>();
    private final Map<String, List<String>> artistsByName = new HashMap<>();
    private final Map<String, Artist> artists = new HashMap<>();
    private final List<List<String>> trackTags = new ArrayList<>();
    private final double[] popularity;
    private final Map<Integer, List<String>> vocabularies = new java.util.concurrent.ConcurrentHashMap<>();

    /** @param popularity plays (or listeners) per track id; any non-negative scale, 0 for unknown */
    public PromptIndex(Collection<Artist> artistList, Collection<Track> trackList, ToDoubleFunction<String> popularity) {
        for (Artist a : artistList) {
            artists.put(a.id(), a);
            String n = Text.norm(a.name());
            if (!n.isEmpty()) artistsByName.computeIfAbsent(n, k -> new ArrayList<>()).add(a.id());
        }
        double[] raw = new double[trackList.size()];
        double max = 0;
        for (Track t : trackList) {
            if (trackIndex.containsKey(t.id())) continue;
            int i = tracks.size();
            tracks.add(t);
            trackIndex.put(t.id(), i);
            List<String> tags = new ArrayList<>();
            Artist a = t.primaryArtistId() == null ? null : artists.get(t.primaryArtistId());
            for (String tag : t.tags()) addTag(tags, tag);
            if (a != null) for (String tag : a.tags()) addTag(tags, tag);
            trackTags.add(List.copyOf(tags));
            for (String tag : tags) byTag.computeIfAbsent(tag, k -> new ArrayList<>()).add(i);
            for (String artist : t.artistIds()) byArtist.computeIfAbsent(artist, k -> new ArrayList<>()).add(i);
            raw[i] = Math.log1p(Math.max(0, popularity.applyAsDouble(t.id())));
            max = Math.max(max, raw[i]);
        }
        // "postrock" finds "post rock": the most used tag wins when several squash alike
        vocabulary(1).forEach(t -> bySquashed.putIfAbsent(t.replace(" ", ""), t));
        this.popularity = new double[tracks.size()];
        for (int i = 0; i < tracks.size(); i++) this.popularity[i] = max > 0 ? raw[i] / max : 0;
    }

    private void addTag(List<String> tags, String tag) {
        String n = Text.norm(tag);
        if (n.isEmpty() || tags.contains(n)) return;
        tags.add(n);
        tagShown.putIfAbsent(n, tag.trim());
    }

    /** This index as a products {@link dev.encore.products.Catalog} (track and artist lookups by id). */
    public dev.encore.products.Catalog asCatalog() {
        return new dev.encore.products.Catalog() {
            @Override public Track track(String id) { int i = indexOf(id); return i < 0 ? null : tracks.get(i); }
            @Override public Artist artist(String id) { return artists.get(id); }
        };
    }

    public int size() {
        return tracks.size();
    }

    public Track track(int i) {
        return tracks.get(i);
    }

    /** The track's index, or -1. */
    public int indexOf(String trackId) {
        return trackIndex.getOrDefault(trackId, -1);
    }

    /** Normalised tags of track {@code i} (its own, then its artist's). */
    public List<String> tags(int i) {
        return trackTags.get(i);
    }

    public double popularity(int i) {
        return popularity[i];
    }

    public List<Integer> tracksWithTag(String normTag) {
        return byTag.getOrDefault(normTag, List.of());
    }

    public List<Integer> tracksBy(String artistId) {
        return byArtist.getOrDefault(artistId, List.of());
    }

    public boolean hasTag(String normTag) {
        return byTag.containsKey(normTag);
    }

    /** The tag written {@code squashed} without spaces ("hiphop" → "hip hop"), or null. */
    public String tagSquashed(String squashed) {
        return bySquashed.get(squashed);
    }

    public int tagCount(String normTag) {
        return tracksWithTag(normTag).size();
    }

    public Artist artist(String id) {
        return artists.get(id);
    }

    public String artistName(String id) {
        Artist a = artists.get(id);
        return a == null ? id : a.name();
    }

    /**
     * The artist called {@code name} (normalised match); with several of the same name, the one with most tracks,
     * then the smallest id, so the answer is stable.
     */
    public Optional<String> artistNamed(String name) {
        List<String> ids = artistsByName.get(Text.norm(name));
        if (ids == null) return Optional.empty();
        return ids.stream().min(Comparator.comparingInt((String id) -> -tracksBy(id).size()).thenComparing(id -> id));
    }

    /** Whether some artist's normalised name is exactly {@code normName}. */
    public boolean isArtistName(String normName) {
        return artistsByName.containsKey(normName);
    }

    /** Tags carried by at least {@code minTracks} tracks, most used first (ties by name). */
    public List<String> vocabulary(int minTracks) {
        return vocabularies.computeIfAbsent(minTracks, this::sortedTags);
    }

    private List<String> sortedTags(int minTracks) {
        return byTag.entrySet().stream().filter(e -> e.getValue().size() >= minTracks)
                .sorted(Comparator.comparingInt((Map.Entry<String, List<Integer>> e) -> -e.getValue().size()).thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).toList();
    }

    /** The tag as the catalog spells it, for display. */
    public String tagShown(String normTag) {
        return tagShown.getOrDefault(normTag, normTag);
    }

    /** Up to {@code n} artist names closest to {@code name} (shared prefix, then edit distance), for error messages. */
    public List<String> similarArtistNames(String name, int n) {
        return closest(Text.norm(name), artistsByName.keySet(), n).stream().map(k -> artistName(artistsByName.get(k).get(0))).toList();
    }

    /** Up to {@code n} known tags closest to {@code tag}. */
    public List<String> similarTags(String tag, int n) {
        return closest(Text.norm(tag), byTag.keySet(), n);
    }

    private static List<String> closest(String q, Collection<String> keys, int n) {
        Map<String, Integer> d = new LinkedHashMap<>();
        for (String k : keys) {
            if (Math.abs(k.length() - q.length()) > 4 && !k.startsWith(q)) continue;
            d.put(k, k.startsWith(q) || q.startsWith(k) ? Math.abs(k.length() - q.length()) / 2 : Edits.distance(q, k, 4));
        }
        return d.entrySet().stream().filter(e -> e.getValue() <= 4)
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry::getKey))
                .limit(n).map(Map.Entry::getKey).toList();
    }
}
