package dev.encore.products.prompt;

import dev.encore.core.domain.Artist;
import dev.encore.core.domain.Track;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The look-ups behind {@link AgentTools}, over the {@link PromptIndex} the engine already has (products cannot reach
 * the store's full-text search): name/title/tag search, artists alike by shared tags, and tracks alike a seed by
 * shared tags. Tags are weighted by rarity (log N / tracks carrying them), so "rock" counts less than "trip hop".
 * Results are sorted with ties broken by name or id: the same call gives the same answer. Thread-safe.
 */
final class CatalogTools {
    static final int PROFILE_TAGS = 8;
    private final PromptIndex index;
    private volatile Names names;

    /** Normalised track titles, and the artists that have tracks with their normalised names; built on first use. */
    private record Names(String[] titles, List<String> artistIds, List<String> artistNames) {}

    CatalogTools(PromptIndex index) {
        this.index = index;
    }

    record Found(List<String> artistIds, List<String> tags, List<Integer> tracks) {}

    /** Artists, tags and tracks whose normalised name contains every word of {@code query}; most used first. */
    Found search(String query, int limit) {
        List<String> words = Text.words(query);
        Names n = names();
        List<String> matching = new ArrayList<>();
        for (int a = 0; a < n.artistIds().size(); a++) if (containsAll(n.artistNames().get(a), words)) matching.add(n.artistIds().get(a));
        List<String> artists = matching.stream().sorted(Comparator.comparingInt((String a) -> -index.tracksBy(a).size()).thenComparing(a -> a)).limit(limit).toList();
        List<String> tags = index.vocabulary(1).stream().filter(t -> containsAll(t, words)).limit(limit).toList();
        List<Integer> tracks = new ArrayList<>();
        for (int i = 0; i < n.titles().length; i++) if (containsAll(n.titles()[i], words)) tracks.add(i);
        tracks.sort(byPopularity());
        return new Found(artists, tags, tracks.subList(0, Math.min(limit, tracks.size())));
    }

    /** Up to {@code limit} other artists, most alike first, each with the tags it shares with {@code artistId}. */
    Map<String, List<String>> similarArtists(String artistId, int limit) {
        Map<String, Double> profile = profile(index.tracksBy(artistId));
        Map<String, Double> score = new HashMap<>();
        Map<String, Set<String>> shared = new HashMap<>();
        for (Map.Entry<String, Double> t : profile.entrySet()) {
            Set<String> seen = new java.util.HashSet<>();
            for (int i : index.tracksWithTag(t.getKey())) {
                String a = index.track(i).primaryArtistId();
                if (a == null || a.equals(artistId) || !seen.add(a)) continue;
                score.merge(a, t.getValue(), Double::sum);
                shared.computeIfAbsent(a, k -> new LinkedHashSet<>()).add(t.getKey());
            }
        }
        // artists carrying many tags would match everything: divide by the root of how many they carry
        score.replaceAll((a, s) -> s / Math.sqrt(Math.max(1, tagsOf(a))));
        Map<String, List<String>> out = new LinkedHashMap<>();
        score.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .limit(limit).forEach(e -> out.put(e.getKey(), List.copyOf(shared.get(e.getKey()))));
        return out;
    }

    /** Tracks alike the seed tracks (shared rare tags, then popularity), at most 2 per artist, seeds left out. */
    List<Integer> radio(List<Integer> seeds, int limit) {
        Map<String, Double> profile = profile(seeds);
        Map<Integer, Double> score = new HashMap<>();
        for (Map.Entry<String, Double> t : profile.entrySet())
            for (int i : index.tracksWithTag(t.getKey())) score.merge(i, t.getValue(), Double::sum);
        seeds.forEach(score::remove);
        List<Integer> order = new ArrayList<>(score.keySet());
        order.sort(Comparator.comparingDouble((Integer i) -> -(score.get(i) + 0.5 * index.popularity(i))).thenComparing(i -> index.track(i).id()));
        Map<String, Integer> perArtist = new HashMap<>();
        List<Integer> out = new ArrayList<>();
        for (int i : order) {
            if (out.size() == limit) break;
            if (perArtist.merge(String.valueOf(index.track(i).primaryArtistId()), 1, Integer::sum) <= 2) out.add(i);
        }
        return out;
    }

    /** The most popular track whose normalised title is {@code title}, else contains it; -1 when none. */
    int trackTitled(String title) {
        String q = Text.norm(title);
        if (q.isEmpty()) return -1;
        String[] titles = names().titles();
        int best = -1;
        boolean bestExact = false;
        for (int i = 0; i < titles.length; i++) {
            if (!titles[i].contains(q)) continue;
            boolean exact = titles[i].equals(q);
            if (best < 0 || (exact && !bestExact) || (exact == bestExact && byPopularity().compare(i, best) < 0)) {
                best = i;
                bestExact = exact;
            }
        }
        return best;
    }

    /**
     * The {@value #PROFILE_TAGS} tags most carried by {@code tracks}, each weighted by share × rarity. Ties keep the
     * tracks' own tag order (track tags, then the artist's, most used first), as every track carries its artist's tags.
     */
    private Map<String, Double> profile(List<Integer> tracks) {
        Map<String, Integer> count = new LinkedHashMap<>();
        for (int i : tracks) for (String t : index.tags(i)) count.merge(t, 1, Integer::sum);
        Map<String, Double> out = new LinkedHashMap<>();
        count.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()) // stable: ties stay in order
                .limit(PROFILE_TAGS).forEach(e -> out.put(e.getKey(), (double) e.getValue() / tracks.size() * rarity(e.getKey())));
        return out;
    }

    private double rarity(String tag) {
        return Math.log(1.0 + (double) index.size() / Math.max(1, index.tagCount(tag)));
    }

    private int tagsOf(String artistId) {
        Artist a = index.artist(artistId);
        return a == null ? 1 : a.tags().size();
    }

    private Comparator<Integer> byPopularity() {
        return Comparator.comparingDouble((Integer i) -> -index.popularity(i)).thenComparing(i -> index.track(i).id());
    }

    private static boolean containsAll(String haystack, List<String> words) {
        if (words.isEmpty()) return false;
        for (String w : words) if (!haystack.contains(w)) return false;
        return true;
    }

    private Names names() {
        Names n = names;
        if (n != null) return n;
        synchronized (this) {
            if (names != null) return names;
            String[] titles = new String[index.size()];
            Set<String> artists = new LinkedHashSet<>();
            for (int i = 0; i < titles.length; i++) {
                Track t = index.track(i);
                titles[i] = Text.norm(t.title());
                artists.addAll(t.artistIds());
            }
            List<String> ids = List.copyOf(artists);
            names = new Names(titles, ids, ids.stream().map(a -> Text.norm(index.artistName(a))).toList());
            return names;
        }
    }
}
