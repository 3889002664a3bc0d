package dev.encore.products.promotion.sim;

import dev.encore.core.domain.Campaign;
import dev.encore.core.domain.CampaignStatus;
import dev.encore.products.promotion.TrackFacts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A generated world with planted tastes: listeners and tracks live in one low-dimensional taste space around a
 * few genre centres. A listener's true affinity for a track is {@code sigmoid(4 * <u, v>)} of their true vectors;
 * the recommender only sees an estimate of each track's vector (true vector plus noise). The adversarial
 * "misleading" campaign's tracks look like the popular genre to the model but are disliked by everyone: the
 * quality margin lets them in, so only the satisfaction guardrail can stop them.
 */
final class SimWorld {
    static final int DIMS = 8, GENRES = 6;
    static final Instant START = Instant.parse("2026-03-02T00:00:00Z");

    final SimSpec spec;
    final List<String> listeners = new ArrayList<>();
    final Map<String, double[]> taste = new HashMap<>();
    final Map<String, double[]> truth = new HashMap<>(), estimate = new HashMap<>();
    final Map<String, LocalDate> released = new HashMap<>();
    final List<String> catalog = new ArrayList<>();
    final List<Campaign> campaigns = new ArrayList<>();
    final Map<String, String> kind = new HashMap<>();
    private final double[][] genres = new double[GENRES][];

    SimWorld(SimSpec spec) {
        this.spec = spec;
        SplittableRandom r = new SplittableRandom(spec.seed());
        for (int g = 0; g < GENRES; g++) genres[g] = unit(gaussian(r, 1.0));
        for (int i = 0; i < spec.listeners(); i++) {
            String id = String.format("L%05d", i);
            listeners.add(id);
            taste.put(id, unit(add(genres[zipfGenre(r)], gaussian(r, 0.35))));
        }
        for (int i = 0; i < spec.catalogTracks(); i++) track("T" + i, genres[zipfGenre(r)], 0.45, r, 400);
        Instant end = START.plusSeconds(86_400L * spec.days());
        for (int a = 0; a < 4; a++) {
            int genre = 1 + a % (GENRES - 1);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 4; i++) ids.add(track("small" + a + "-" + i, genres[genre], 0.3, r, 120));
            campaign("small-artist-" + (a + 1), ids, 40L * spec.listeners() / 100, end, "small");
        }
        List<String> label = new ArrayList<>();
        for (int i = 0; i < spec.labelTracks(); i++) label.add(track("label-" + i, genres[r.nextInt(GENRES)], 0.4, r, 400));
        campaign("huge-label", label, 20L * spec.listeners(), end, "label");
        List<String> hated = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String id = track("hated-" + i, genres[0], 0.2, r, 300);
            truth.put(id, scale(genres[0], -1));
            hated.add(id);
        }
        campaign("misleading-hated", hated, 5L * spec.listeners(), end, "hated");
    }

    private String track(String id, double[] centre, double spread, SplittableRandom r, int maxAgeDays) {
        double[] v = unit(add(centre, gaussian(r, spread)));
        truth.put(id, v);
        estimate.put(id, unit(add(v, gaussian(r, 0.15))));
        released.put(id, START.atZone(java.time.ZoneOffset.UTC).toLocalDate().minusDays(20 + r.nextInt(maxAgeDays)));
        catalog.add(id);
        return id;
    }

    private void campaign(String id, List<String> tracks, long goal, Instant end, String k) {
        campaigns.add(new Campaign(id, "owner-" + id, id, tracks, START, end, 0.3, goal, CampaignStatus.ACTIVE, START));
        kind.put(id, k);
    }

    double trueAffinity(String listener, String track) {
        return sigmoid(4 * dot(taste.get(listener), truth.get(track)));
    }

    double modelRelevance(String listener, String track) {
        return sigmoid(4 * dot(taste.get(listener), estimate.get(track)));
    }

    /** Eligibility facts: streams and monthly listeners are planted generously except for a few recent releases. */
    TrackFacts.Source facts() {
        return (trackId, today) -> {
            LocalDate rel = released.get(trackId);
            if (rel == null) return Optional.empty();
            return Optional.of(new TrackFacts(trackId, trackId.split("-")[0], rel, 200, 1000));
        };
    }

    /** Genre popularity falls off like 1/(g+1), so genre 0 is the mainstream. */
    private static int zipfGenre(SplittableRandom r) {
        double total = 0;
        for (int g = 0; g < GENRES; g++) total += 1.0 / (g + 1);
        double x = r.nextDouble() * total;
        for (int g = 0; g < GENRES; g++) if ((x -= 1.0 / (g + 1)) <= 0) return g;
        return GENRES - 1;
    }

    static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    private static double[] gaussian(SplittableRandom r, double sd) {
        double[] v = new double[DIMS];
        for (int i = 0; i < DIMS; i++) {
            double u1 = 1 - r.nextDouble(), u2 = r.nextDouble();
            v[i] = sd * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
        }
        return v;
    }

    private static double[] add(double[] a, double[] b) {
        double[] v = new double[DIMS];
        for (int i = 0; i < DIMS; i++) v[i] = a[i] + b[i];
        return v;
    }

    private static double[] scale(double[] a, double s) {
        double[] v = new double[DIMS];
        for (int i = 0; i < DIMS; i++) v[i] = a[i] * s;
        return v;
    }

    private static double[] unit(double[] a) {
        double n = Math.sqrt(dot(a, a));
        return scale(a, n == 0 ? 0 : 1 / n);
    }
}
