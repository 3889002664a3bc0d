package dev.encore.products.candidates;

import dev.encore.core.domain.Track;
import dev.encore.products.Periods;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Fuses candidate lists by weighted reciprocal rank (scores of different sources are not comparable, ranks are),
 * then applies the business rules of {@link BlendRules}: drops heard/hidden tracks and hidden artists, boosts fresh
 * releases and artists new to the listener, adds seeded jitter and caps tracks per artist. Each result keeps the
 * reason of the source that contributed most; a fresh release by a known artist is explained as "new from ARTIST".
 */
public final class Blender {
    /** The usual reciprocal-rank-fusion constant: damps the difference between the first few ranks. */
    private static final double RANK_OFFSET = 60;
    private final BlendRules rules;

    public Blender(BlendRules rules) {
        this.rules = rules;
    }

    /** A blended, ranked track. */
    public record Blended(int item, double score, String source, String reason) {}

    /**
     * Returns at most {@code n} items best first; {@code also} may reject more items (e.g. earlier editions).
     * Deterministic for the same inputs and {@code seed}.
     */
    public List<Blended> blend(ListenerContext l, List<List<Candidate>> lists, int n, long seed, IntPredicate also) {
        Map<Integer, double[]> fused = new HashMap<>();        // item -> {score, best contribution}
        Map<Integer, Candidate> why = new HashMap<>();
        for (List<Candidate> list : lists) {
            for (int rank = 0; rank < list.size(); rank++) {
                Candidate c = list.get(rank);
                double contribution = rules.weights().getOrDefault(c.source(), 0.0) / (RANK_OFFSET + rank);
                if (contribution <= 0 || l.blocked(c.item()) || !also.test(c.item())) continue;
                double[] f = fused.computeIfAbsent(c.item(), i -> new double[2]);
                f[0] += contribution;
                if (contribution > f[1]) {
                    f[1] = contribution;
                    why.put(c.item(), c);
                }
            }
        }
        List<Blended> ranked = new ArrayList<>(fused.size());
        for (Map.Entry<Integer, double[]> e : fused.entrySet()) {
            int item = e.getKey();
            Track t = l.track(item);
            String artist = t == null ? null : t.primaryArtistId();
            if (artist != null && l.controls().hiddenArtists().contains(artist)) continue;
            Candidate c = why.get(item);
            double score = e.getValue()[0];
            String reason = c.reason();
            boolean known = artist != null && l.knownArtists().contains(artist);
            if (!known) score *= 1 + rules.newArtistBoost();
            if (fresh(t, l.today())) {
                score *= 1 + rules.freshBoost();
                if (known) reason = "new from " + l.catalog().artistName(artist);
            }
            score *= 1 + rules.jitter() * Periods.unit(seed, l.taste().bundle().itemId(item));
            ranked.add(new Blended(item, score, c.source(), reason));
        }
        ranked.sort((a, b) -> a.score() != b.score() ? Double.compare(b.score(), a.score()) : Integer.compare(a.item(), b.item()));
        return capped(l, ranked, n);
    }

    private boolean fresh(Track t, LocalDate today) {
        if (t == null || t.releaseDate() == null || rules.freshDays() == 0) return false;
        long age = ChronoUnit.DAYS.between(t.releaseDate(), today);
        return age >= 0 && age <= rules.freshDays();
    }

    private List<Blended> capped(ListenerContext l, List<Blended> ranked, int n) {
        Map<String, Integer> perArtist = new HashMap<>();
        List<Blended> out = new ArrayList<>(n);
        for (Blended b : ranked) {
            if (out.size() >= n) break;
            Track t = l.track(b.item());
            String artist = t == null || t.primaryArtistId() == null ? "?" + b.item() : t.primaryArtistId();
            int used = perArtist.getOrDefault(artist, 0);
            if (used >= rules.perArtist()) continue;
            perArtist.put(artist, used + 1);
            out.add(b);
        }
        return out;
    }
}
