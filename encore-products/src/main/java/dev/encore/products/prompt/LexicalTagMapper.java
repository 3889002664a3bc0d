package dev.encore.products.prompt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tag mapping without a model: word n-grams (three words down to one) that are a catalog tag, written with or
 * without spaces ("hip hop" / "hiphop"), singular or plural, or a known synonym; a word that is no tag but part of
 * tags ("shoegaze" in "shoegaze revival") maps to its three most used such tags at lower weight. The offline
 * fallback when the embedding model cannot load, and the first pass before it.
 */
public final class LexicalTagMapper implements TagMapper {
    private static final Map<String, List<String>> SYNONYMS = Map.ofEntries(
            Map.entry("rap", List.of("hip hop", "rap")), Map.entry("hiphop", List.of("hip hop")),
            Map.entry("electronica", List.of("electronic", "electronica")), Map.entry("edm", List.of("electronic", "dance")),
            Map.entry("chill", List.of("chillout", "chill")), Map.entry("chilled", List.of("chillout")),
            Map.entry("mellow", List.of("mellow", "chillout")), Map.entry("sad", List.of("sad", "melancholic", "melancholy")),
            Map.entry("melancholy", List.of("melancholy", "melancholic")), Map.entry("happy", List.of("happy", "feel good")),
            Map.entry("romantic", List.of("romantic", "love")), Map.entry("love", List.of("love", "romantic")),
            Map.entry("rnb", List.of("rnb", "r and b")), Map.entry("lofi", List.of("lo fi")),
            Map.entry("techno", List.of("techno", "minimal techno")), Map.entry("guitar", List.of("guitar", "acoustic")),
            Map.entry("dreamy", List.of("dream pop", "ethereal")), Map.entry("dark", List.of("dark", "darkwave", "gothic")),
            Map.entry("heavy", List.of("heavy metal", "metal")), Map.entry("oldies", List.of("oldies", "classic rock")),
            Map.entry("classic", List.of("classic rock", "classics")), Map.entry("latin", List.of("latin", "reggaeton")),
            Map.entry("kpop", List.of("k pop", "kpop")), Map.entry("jpop", List.of("j pop", "jpop")),
            Map.entry("orchestral", List.of("classical", "soundtrack")), Map.entry("movie", List.of("soundtrack")),
            Map.entry("film", List.of("soundtrack")), Map.entry("emo", List.of("emo")), Map.entry("country", List.of("country")));

    @Override
    public Mapping map(List<String> words, PromptIndex index) {
        Map<String, Double> tags = new LinkedHashMap<>();
        List<String> unmatched = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int used = 0;
            for (int n = Math.min(3, words.size() - i); n >= 1 && used == 0; n--) {
                List<String> gram = words.subList(i, i + n);
                List<String> found = exact(gram, index);
                for (int k = 0; k < found.size(); k++) {
                    // the tag as written leads; other spellings and synonyms widen the net at half weight
                    tags.merge(found.get(k), k == 0 ? 1.0 : 0.5, Math::max);
                    used = n;
                }
            }
            if (used == 0) {
                String w = words.get(i);
                List<String> partial = partial(w, index);
                partial.forEach(t -> tags.merge(t, 0.6, Math::max));
                if (partial.isEmpty()) unmatched.add(w);
                used = 1;
            }
            i += used;
        }
        return new Mapping(tags, unmatched, "lexical");
    }

    /** Tags the n-gram names exactly (with or without spaces, singular, or by synonym). */
    static List<String> exact(List<String> gram, PromptIndex index) {
        String spaced = String.join(" ", gram), joined = String.join("", gram);
        List<String> out = new ArrayList<>();
        for (String k : new String[]{spaced, joined, singular(spaced), index.tagSquashed(joined)})
            if (k != null && index.hasTag(k) && !out.contains(k)) out.add(k);
        if (gram.size() == 1) {
            for (String syn : SYNONYMS.getOrDefault(spaced, SYNONYMS.getOrDefault(singular(spaced), List.of())))
                if (index.hasTag(syn) && !out.contains(syn)) out.add(syn);
        }
        return out;
    }

    /** The three most used tags that contain {@code word} as a whole word (only for words of 4+ letters). */
    private static List<String> partial(String word, PromptIndex index) {
        if (word.length() < 4 || FreeTextRules.STOP.contains(word)) return List.of();
        return index.vocabulary(3).stream().filter(t -> (" " + t + " ").contains(" " + word + " "))
                .sorted(Comparator.comparingInt(t -> -index.tagCount(t))).limit(3).toList();
    }

    private static String singular(String s) {
        return s.endsWith("s") && s.length() > 3 && !s.endsWith("ss") ? s.substring(0, s.length() - 1) : s;
    }
}
