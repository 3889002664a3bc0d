package dev.encore.products.prompt;

import dev.encore.core.domain.AudioFeatures;
import dev.encore.core.domain.Track;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores one candidate: relevance (weighted share of the asked tags it carries + asked-artist weight + top-artist
 * and recommendation ranks) × taste × popularity, with exponents set by the mode — easy leans on popularity and
 * familiar artists, hard on the long tail and artists the listener has not played. Also writes the track's reason.
 */
final class Scoring {
    record Scored(int index, double relevance, double prior, double score, List<String> matched) {}

    private final PromptIndex index;
    private final Constraints c;
    private final Map<String, Double> stats, recs;
    private final Set<String> familiar;
    private final double tagTotal, artistMax;

    Scoring(PromptIndex index, Constraints c, Map<String, Double> stats, Map<String, Double> recs, Set<String> familiar) {
        this.index = index;
        this.c = c;
        this.stats = stats;
        this.recs = recs;
        this.familiar = familiar;
        this.tagTotal = c.tags().values().stream().mapToDouble(Double::doubleValue).sum();
        this.artistMax = c.artists().values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
    }

    Scored relevance(int i) {
        Track t = index.track(i);
        List<String> matched = new ArrayList<>();
        double tag = 0;
        for (String tg : index.tags(i)) {
            Double w = c.tags().get(tg);
            if (w != null) { tag += w; matched.add(tg); }
        }
        matched.sort((a, b) -> Double.compare(c.tags().get(b), c.tags().get(a)));
        double rel = tagTotal > 0 ? tag / tagTotal : 0;
        String artist = t.primaryArtistId();
        Double aw = artist == null ? null : c.artists().get(artist);
        if (aw != null) rel += aw / artistMax;
        rel += 0.6 * stats.getOrDefault(artist, 0.0) + 0.6 * recs.getOrDefault(t.id(), 0.0);
        if (tagTotal == 0 && c.artists().isEmpty() && stats.isEmpty() && recs.isEmpty()) rel = 1;   // constraints only
        double prior = rel * popularityFactor(i);
        return new Scored(i, rel, prior, prior, List.copyOf(matched));
    }

    Scored withTaste(Scored s, Double pref) {
        double tasteW = switch (c.mode()) { case EASY -> 1.0; case MEDIUM -> 0.7; case HARD -> 0.4; };
        double score = s.prior() * Math.pow(0.5 + (pref == null ? 0.5 : pref), tasteW);
        String artist = index.track(s.index()).primaryArtistId();
        boolean known = familiar.contains(artist) && !c.artists().containsKey(artist);
        if (known && c.mode() == Mode.EASY) score *= 1.3;
        if (known && c.mode() == Mode.HARD) score *= 0.5;
        return new Scored(s.index(), s.relevance(), s.prior(), score, s.matched());
    }

    private double popularityFactor(int i) {
        double p = index.popularity(i);
        return switch (c.mode()) {
            case EASY -> Math.pow(0.2 + p, 0.6);
            case MEDIUM -> Math.pow(0.2 + p, 0.3);
            case HARD -> Math.pow(1.2 - p, 0.5);
        };
    }

    String reason(Scored s, boolean tasteKnown) {
        Track t = index.track(s.index());
        String artist = t.primaryArtistId();
        List<String> parts = new ArrayList<>();
        if (c.artists().containsKey(artist)) parts.add("by " + index.artistName(artist) + ", as asked");
        if (!s.matched().isEmpty())
            parts.add("tagged " + String.join(", ", s.matched().stream().limit(3).map(index::tagShown).toList()));
        if (stats.containsKey(artist)) parts.add("one of your most played artists");
        if (recs.containsKey(t.id())) parts.add("recommended for you");
        if (tasteKnown && !stats.containsKey(artist)) {
            if (familiar.contains(artist)) parts.add("you play " + index.artistName(artist));
            else if (c.mode() == Mode.HARD) parts.add("new to you");
        }
        if ((c.fromYear() != 0 || c.toYear() != 0) && t.releaseDate() != null) parts.add("from " + t.releaseDate().getYear());
        AudioFeatures a = t.audio();
        if (c.energy() != Energy.ANY && a != null)
            parts.add(c.energy().wire() + String.format(Locale.ROOT, " (energy %.2f, %d BPM)", a.energy(), Math.round(a.tempo())));
        if (parts.isEmpty()) parts.add(c.mode() == Mode.HARD ? "a less-played pick" : "popular with listeners");
        return String.join(" · ", parts);
    }
}
