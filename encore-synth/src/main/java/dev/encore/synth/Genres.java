package dev.encore.synth;

import dev.encore.core.domain.AudioFeatures;

import java.util.List;
import java.util.Locale;

/** The fixed genre vocabulary and its audio priors; also maps free-form tags (e.g. Last.fm's) onto it. */
final class Genres {
    private Genres() {}

    private static Genre g(String name, List<String> tags, double share, double tempo, double tempoSd, double energy,
                           double valence, double dance, double acoustic, double instrumental, double loudness,
                           double explicit, int durationSec) {
        return new Genre(name, tags, share, new AudioFeatures(tempo, energy, valence, dance, acoustic, instrumental, loudness),
                tempoSd, explicit, durationSec);
    }

    /** Index = planted cluster id; never reorder (worlds written with one order must keep their meaning). */
    static final List<Genre> ALL = List.of(
            g("pop", List.of("dance pop", "synthpop", "catchy", "female vocalists"), 10, 118, 14, 0.68, 0.60, 0.68, 0.18, 0.02, -6, 0.15, 205),
            g("indie rock", List.of("indie", "alternative", "garage rock", "post-punk revival"), 7, 126, 18, 0.70, 0.45, 0.50, 0.15, 0.10, -7, 0.08, 225),
            g("rock", List.of("classic rock", "hard rock", "guitar", "70s"), 7, 122, 20, 0.74, 0.50, 0.48, 0.12, 0.06, -7, 0.05, 250),
            g("metal", List.of("heavy metal", "thrash metal", "death metal", "doom"), 5, 140, 28, 0.92, 0.28, 0.36, 0.02, 0.22, -5, 0.25, 290),
            g("punk", List.of("punk rock", "hardcore", "pop punk", "skate punk"), 3, 165, 20, 0.90, 0.52, 0.45, 0.05, 0.03, -5, 0.30, 160),
            g("hip-hop", List.of("rap", "trap", "boom bap", "underground hip-hop"), 9, 95, 18, 0.66, 0.50, 0.78, 0.12, 0.02, -6, 0.70, 200),
            g("r&b", List.of("rnb", "neo soul", "contemporary r&b", "slow jams"), 5, 98, 16, 0.55, 0.50, 0.70, 0.22, 0.02, -7, 0.35, 215),
            g("techno", List.of("minimal techno", "detroit techno", "industrial techno", "rave"), 4, 130, 6, 0.84, 0.30, 0.72, 0.03, 0.85, -8, 0.01, 400),
            g("house", List.of("deep house", "tech house", "disco house", "club"), 5, 124, 4, 0.78, 0.58, 0.80, 0.05, 0.65, -7, 0.02, 330),
            g("electronic", List.of("electronica", "idm", "synthwave", "downtempo"), 5, 115, 22, 0.62, 0.40, 0.62, 0.12, 0.60, -9, 0.03, 260),
            g("ambient", List.of("drone", "chillout", "new age", "soundscape"), 2, 90, 20, 0.22, 0.22, 0.25, 0.70, 0.90, -18, 0.0, 360),
            g("jazz", List.of("bebop", "cool jazz", "smooth jazz", "jazz fusion"), 3, 112, 30, 0.40, 0.52, 0.52, 0.70, 0.55, -12, 0.0, 320),
            g("classical", List.of("baroque", "romantic", "piano", "orchestral"), 3, 100, 30, 0.18, 0.30, 0.24, 0.92, 0.88, -20, 0.0, 420),
            g("folk", List.of("singer-songwriter", "acoustic", "americana", "indie folk"), 4, 108, 20, 0.36, 0.45, 0.50, 0.80, 0.05, -11, 0.03, 220),
            g("country", List.of("americana", "bluegrass", "country pop", "outlaw country"), 4, 112, 18, 0.60, 0.62, 0.58, 0.45, 0.02, -7, 0.05, 200),
            g("latin", List.of("reggaeton", "salsa", "latin pop", "bachata"), 6, 100, 16, 0.74, 0.72, 0.76, 0.20, 0.02, -5, 0.30, 200),
            g("reggae", List.of("dub", "roots reggae", "ska", "dancehall"), 2, 84, 14, 0.56, 0.70, 0.74, 0.25, 0.08, -8, 0.10, 230),
            g("blues", List.of("delta blues", "electric blues", "chicago blues", "slide guitar"), 2, 100, 20, 0.50, 0.45, 0.52, 0.50, 0.10, -10, 0.02, 260),
            g("soul", List.of("funk", "motown", "northern soul", "disco"), 3, 108, 16, 0.62, 0.70, 0.68, 0.30, 0.05, -8, 0.02, 215),
            g("k-pop", List.of("korean", "j-pop", "idol", "electropop"), 4, 122, 16, 0.80, 0.64, 0.72, 0.10, 0.01, -4, 0.05, 200));

    private static final List<String> NAMES = ALL.stream().map(g -> normalize(g.name())).toList();
    private static final List<List<String>> RELATED = ALL.stream().map(g -> g.tags().stream().map(Genres::normalize).toList()).toList();

    /** Lower case with '-' and '_' as spaces, so "Hip Hop", "hip-hop" and "hip_hop" compare equal. */
    static String normalize(String tag) {
        return tag.toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ').trim().replaceAll("\\s+", " ");
    }

    static int count() {
        return ALL.size();
    }

    /**
     * The genre that best explains a list of free-form tags (earlier tags count more), or -1 when none matches.
     * A tag matches a genre when it equals or contains the genre's name or one of its related tags.
     */
    static int match(List<String> tags) {
        double[] score = new double[ALL.size()];
        for (int t = 0; t < tags.size(); t++) {
            String tag = normalize(tags.get(t));
            double weight = 1.0 / (1 + t);
            for (int g = 0; g < ALL.size(); g++) {
                String name = NAMES.get(g);
                if (tag.equals(name)) score[g] += 2 * weight;
                else if (tag.contains(name)) score[g] += weight;
                else if (RELATED.get(g).contains(tag)) score[g] += weight;
            }
        }
        int best = -1;
        for (int g = 0; g < score.length; g++) if (score[g] > 0 && (best < 0 || score[g] > score[best])) best = g;
        return best;
    }
}
