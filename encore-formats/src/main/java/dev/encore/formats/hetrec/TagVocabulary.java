package dev.encore.formats.hetrec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tag texts by id (tags.dat) and, per artist, how often each tag was assigned, to give artists their most used
 * tags. Memory grows with artists × distinct tags per artist, never with the number of assignments.
 */
final class TagVocabulary {
    private final Map<Integer, String> texts = new HashMap<>();
    private final Map<Integer, Map<Integer, Integer>> usesByArtist = new HashMap<>();

    void define(int tagId, String text) {
        texts.put(tagId, text);
    }

    /** The tag's text, or null when tags.dat has no such id. */
    String text(int tagId) {
        return texts.get(tagId);
    }

    int size() {
        return texts.size();
    }

    void countUse(int artistId, int tagId) {
        if (texts.containsKey(tagId)) usesByArtist.computeIfAbsent(artistId, a -> new HashMap<>()).merge(tagId, 1, Integer::sum);
    }

    /** Up to {@code k} distinct tag texts, most assigned first; ties by lower tag id so the order is stable. */
    List<String> top(int artistId, int k) {
        Map<Integer, Integer> uses = usesByArtist.get(artistId);
        if (uses == null) return List.of();
        List<Map.Entry<Integer, Integer>> ranked = new ArrayList<>(uses.entrySet());
        ranked.sort((a, b) -> a.getValue().equals(b.getValue())
                ? Integer.compare(a.getKey(), b.getKey())
                : Integer.compare(b.getValue(), a.getValue()));
        Set<String> out = new LinkedHashSet<>();
        for (Map.Entry<Integer, Integer> e : ranked) {
            if (out.size() == k) break;
            out.add(texts.get(e.getKey()));
        }
        return List.copyOf(out);
    }
}
