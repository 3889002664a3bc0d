package dev.encore.products.podcasts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * TF-IDF over show and episode text: {@code tf = 1 + ln(count)}, {@code idf = ln((N + 1) / (df + 1)) + 1},
 * vectors L2-normalised so a dot product is the cosine. Words are lower-cased runs of letters and digits of at
 * least 3 characters, minus a short list of English function words. Sparse vectors keep term ids sorted, so a
 * cosine is one merge.
 */
final class TextVectors {
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");
    private static final Set<String> STOP = Set.of("the", "and", "for", "with", "that", "this", "you", "your", "are",
            "was", "were", "from", "about", "into", "our", "their", "they", "them", "what", "when", "where", "who", "why",
            "how", "not", "but", "all", "can", "has", "have", "had", "its", "his", "her", "she", "him", "will", "one",
            "episode", "episodes", "podcast", "show", "new", "more", "out", "just", "also", "than", "then", "there");

    private TextVectors() {}

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        for (String w : NON_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (w.length() >= 3 && !STOP.contains(w)) out.add(w);
        }
        return out;
    }

    /** A sparse, unit-length vector. */
    record Vector(int[] terms, float[] weights) {
        static final Vector EMPTY = new Vector(new int[0], new float[0]);

        double cosine(Vector o) {
            double dot = 0;
            int i = 0, j = 0;
            while (i < terms.length && j < o.terms.length) {
                if (terms[i] == o.terms[j]) dot += (double) weights[i++] * o.weights[j++];
                else if (terms[i] < o.terms[j]) i++;
                else j++;
            }
            return dot;
        }

        /** The shared terms contributing most to the cosine with {@code o}, best first. */
        int[] topShared(Vector o, int n) {
            List<int[]> shared = new ArrayList<>();
            List<Double> contrib = new ArrayList<>();
            int i = 0, j = 0;
            while (i < terms.length && j < o.terms.length) {
                if (terms[i] == o.terms[j]) {
                    shared.add(new int[] {terms[i]});
                    contrib.add((double) weights[i++] * o.weights[j++]);
                } else if (terms[i] < o.terms[j]) i++;
                else j++;
            }
            Integer[] idx = new Integer[shared.size()];
            for (int k = 0; k < idx.length; k++) idx[k] = k;
            Arrays.sort(idx, (a, b) -> contrib.get(b).equals(contrib.get(a))
                    ? Integer.compare(shared.get(a)[0], shared.get(b)[0]) : Double.compare(contrib.get(b), contrib.get(a)));
            int m = Math.min(n, idx.length);
            int[] out = new int[m];
            for (int k = 0; k < m; k++) out[k] = shared.get(idx[k])[0];
            return out;
        }
    }

    /** Term ids and document frequencies of one corpus. */
    static final class Vocabulary {
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> terms = new ArrayList<>();
        private final List<Integer> df = new ArrayList<>();
        private int documents;

        static Vocabulary of(Collection<String> docs) {
            Vocabulary v = new Vocabulary();
            for (String d : docs) {
                v.documents++;
                for (String w : new java.util.HashSet<>(words(d))) {
                    Integer id = v.ids.get(w);
                    if (id == null) {
                        v.ids.put(w, v.terms.size());
                        v.terms.add(w);
                        v.df.add(1);
                    } else {
                        v.df.set(id, v.df.get(id) + 1);
                    }
                }
            }
            return v;
        }

        String term(int id) {
            return terms.get(id);
        }

        /** The vector of {@code text}; words unseen when the vocabulary was built are ignored. */
        Vector vector(String text) {
            Map<Integer, Integer> counts = new TreeMap<>();
            for (String w : words(text)) {
                Integer id = ids.get(w);
                if (id != null) counts.merge(id, 1, Integer::sum);
            }
            if (counts.isEmpty()) return Vector.EMPTY;
            int[] t = new int[counts.size()];
            float[] w = new float[counts.size()];
            double norm = 0;
            int k = 0;
            for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
                double idf = Math.log((documents + 1.0) / (df.get(e.getKey()) + 1.0)) + 1;
                double v = (1 + Math.log(e.getValue())) * idf;
                t[k] = e.getKey();
                w[k++] = (float) v;
                norm += v * v;
            }
            float inv = (float) (1 / Math.sqrt(norm));
            for (int i = 0; i < w.length; i++) w[i] *= inv;
            return new Vector(t, w);
        }
    }
}
