package dev.encore.server.promotion;

import dev.encore.core.domain.Campaign;
import dev.encore.core.domain.CampaignStatus;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.PlaylistItem;
import dev.encore.core.matrix.ConfidenceWeighting;
import dev.encore.core.matrix.Interactions;
import dev.encore.core.matrix.InteractionsBuilder;
import dev.encore.ml.ItemFilter;
import dev.encore.ml.Model;
import dev.encore.ml.ScoredItem;
import dev.encore.ml.UserQuery;
import dev.encore.ml.als.AlsModel;
import dev.encore.ml.als.AlsParams;
import dev.encore.ml.als.AlsRecommender;
import dev.encore.ml.als.AlsTrainer;
import dev.encore.products.promotion.EligibilityRules;
import dev.encore.products.promotion.PromotionConfig;
import dev.encore.products.promotion.PromotionContext;
import dev.encore.products.promotion.PromotionService;
import dev.encore.products.promotion.TrackFacts;
import dev.encore.server.products.PromotedSlots;
import dev.encore.server.serving.LoadedModel;
import dev.encore.server.serving.ModelHolder;
import dev.encore.server.serving.ModelSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ServedRelevanceTest {
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final int LISTENERS = 30, TRACKS = 50;
    private static final List<String> TRACK_IDS = IntStream.range(0, TRACKS).mapToObj(t -> "t" + t).toList();

    @ParameterizedTest(name = "history newer than training: {0}")
    @ValueSource(booleans = {false, true})
    void scoresAreExactlyThoseOfScoringEachTrackOnItsOwnWhateverTheOrderOfListeners(boolean laterPlays) throws Exception {
        LoadedModel m = trained("als-1", 7, laterPlays);
        ServedRelevance relevance = new ServedRelevance(holder(new Versions(m)));
        List<String> listeners = new ArrayList<>(IntStream.range(0, LISTENERS).mapToObj(u -> "l" + u).toList());
        listeners.add("stranger");   // not in the model: nothing to score
        List<String[]> pairs = new ArrayList<>();
        for (String l : listeners) for (String t : TRACK_IDS) pairs.add(new String[] {l, t});
        for (String l : listeners) pairs.add(new String[] {l, "unknown-track"});
        // A listener's tracks in a row (as a request asks), then the same pairs shuffled so listeners keep changing.
        List<String[]> shuffled = new ArrayList<>(pairs);
        Collections.shuffle(shuffled, new Random(11));
        int scored = 0;
        Set<Double> distinct = new java.util.HashSet<>();
        for (List<String[]> order : List.of(pairs, shuffled)) {
            for (String[] p : order) {
                OptionalDouble got = relevance.of(p[0], p[1]), alone = alone(m, p[0], p[1]);
                assertThat(got).as("%s for %s", p[1], p[0]).isEqualTo(alone);
                if (got.isPresent()) {
                    scored++;
                    distinct.add(got.getAsDouble());
                }
            }
        }
        assertThat(scored).isEqualTo(2 * LISTENERS * TRACKS);   // every known pair, twice; stranger and unknown track never
        assertThat(distinct).as("the model tells tracks apart").hasSizeGreaterThan(LISTENERS * TRACKS / 2);
        AlsModel als = (AlsModel) m.model();
        int l1 = m.interactions().users().indexOf("l1");
        assertThat(als.userVector(UserQuery.of(l1, m.interactions().matrix())))
                .as("l1's factor is %s", laterPlays ? "folded in" : "the trained one")
                .matches(x -> java.util.Arrays.equals(x, als.userFactor(l1)) != laterPlays);
    }

    @Test
    void aRequestBuildsItsListenersQueryOnceForTheOrganicBatchAndEveryCampaignTrack() throws Exception {
        CountingModel counting = new CountingModel(trained("als-1", 7));
        ServedRelevance relevance = new ServedRelevance(holder(new Versions(counting.loaded)));
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        PromotionService service = new PromotionService(PromotionConfig.defaults(), EligibilityRules.defaults(),
                (t, today) -> Optional.of(new TrackFacts(t, "artist-" + t, LocalDate.of(2025, 1, 1), 500, 5000)), relevance, clock);
        List<String> pushed = TRACK_IDS.subList(20, 40);
        service.setCampaigns(List.of(new Campaign("c1", "label-1", "Autumn push", pushed, NOW.minusSeconds(86_400),
                NOW.plusSeconds(86_400L * 14), 0.3, 10_000, CampaignStatus.ACTIVE, NOW.minusSeconds(86_400))));
        PromotedSlots slots = new PromotedSlots(service, relevance);
        List<PlaylistItem> organic = TRACK_IDS.subList(0, 10).stream()
                .map(t -> new PlaylistItem(ItemKind.TRACK, t, "because you played t0")).toList();
        int ranked = 0;
        for (int u = 0; u < 10; u++) {
            counting.reset();
            slots.apply("l" + u, PromotionContext.RADIO, organic);
            assertThat(counting.queries).as("queries built for l%d's request", u).hasSize(1);
            assertThat(counting.calls).isGreaterThanOrEqualTo(organic.size());
            if (counting.calls == organic.size() + pushed.size()) ranked++;
        }
        assertThat(ranked).as("requests in which every campaign track was scored too").isPositive();

        counting.reset();
        for (String t : TRACK_IDS) relevance.of("l3", t);
        for (String t : TRACK_IDS) relevance.of("l4", t);
        assertThat(counting.calls).isEqualTo(2 * TRACKS);
        assertThat(counting.queries).as("one query per listener, not per track").hasSize(2);
    }

    @Test
    void afterAModelSwapTheNewModelScoresWithItsOwnQuery() throws Exception {
        LoadedModel first = trained("als-1", 7), second = trained("als-2", 8);
        Versions versions = new Versions(first, second);
        ModelHolder models = holder(versions);
        ServedRelevance relevance = new ServedRelevance(models);
        for (String t : TRACK_IDS) assertThat(relevance.of("l5", t)).isEqualTo(alone(first, "l5", t));
        versions.current = "als-2";
        models.reload();
        int changed = 0;
        for (String t : TRACK_IDS) {
            assertThat(relevance.of("l5", t)).isEqualTo(alone(second, "l5", t));
            if (!alone(second, "l5", t).equals(alone(first, "l5", t))) changed++;
        }
        assertThat(changed).as("the two versions disagree, so a stale query would show").isPositive();
    }

    @Test
    void withoutAServedModelNothingIsRelevant() {
        ServedRelevance relevance = new ServedRelevance(new ModelHolder(ModelSource.NONE, Clock.fixed(NOW, ZoneOffset.UTC),
                new SimpleMeterRegistry()));
        assertThat(relevance.of("l0", "t0")).isEmpty();
    }

    /** The score as it was computed before the query was shared: user lookup, history row and model call for this track alone. */
    private static OptionalDouble alone(LoadedModel m, String listener, String track) {
        int u = m.interactions().users().indexOf(listener), i = m.interactions().items().indexOf(track);
        if (u < 0 || i < 0) return OptionalDouble.empty();
        return OptionalDouble.of(m.model().score(UserQuery.of(u, m.interactions().matrix()), new int[] {i})[0]);
    }

    private static LoadedModel trained(String version, long seed) {
        return trained(version, seed, false);
    }

    /**
     * Listeners l0..l29 play 8 tracks each, mostly from their half of the catalogue (seeded); ALS trained on that.
     * With {@code laterPlays}, the served history gives l0..l9 two plays more than training saw, so their factor is
     * folded in rather than read from the trained rows.
     */
    private static LoadedModel trained(String version, long seed, boolean laterPlays) {
        Random r = new Random(seed);
        InteractionsBuilder training = new InteractionsBuilder(ConfidenceWeighting.defaults()),
                served = new InteractionsBuilder(ConfidenceWeighting.defaults());
        for (String t : TRACK_IDS) {   // every track known to the id maps, in the same order
            training.add("l0", t, 0.5f);
            served.add("l0", t, 0.5f);
        }
        for (int u = 0; u < LISTENERS; u++) {
            int half = u % 2;
            for (int p = 0; p < 8; p++) {
                int t = r.nextInt(10) < 8 ? half * TRACKS / 2 + r.nextInt(TRACKS / 2) : r.nextInt(TRACKS);
                float w = 1 + r.nextInt(5);
                training.add("l" + u, "t" + t, w);
                served.add("l" + u, "t" + t, w);
            }
            if (laterPlays && u < 10) served.add("l" + u, "t" + r.nextInt(TRACKS), 2f);
        }
        Interactions in = training.build();
        Model als = new AlsRecommender().fit(in.matrix(), new AlsParams(8, 0.05, 10, 6, 3, 1, seed, false), AlsTrainer.Listener.NONE);
        return new LoadedModel(version, laterPlays ? served.build() : in, als, Map.of("algorithm", "als"), NOW);
    }

    private static ModelHolder holder(ModelSource source) throws Exception {
        ModelHolder models = new ModelHolder(source, Clock.fixed(NOW, ZoneOffset.UTC), new SimpleMeterRegistry());
        models.reload();
        return models;
    }

    /** Model versions in memory; {@code current} (the last given, unless changed) is the one to serve. */
    private static final class Versions implements ModelSource {
        private final Map<String, LoadedModel> byName = new LinkedHashMap<>();
        volatile String current;

        Versions(LoadedModel... models) {
            for (LoadedModel m : models) byName.put(m.version(), m);
            current = models[0].version();
        }

        @Override public Optional<String> currentVersion() { return Optional.of(current); }
        @Override public LoadedModel load(String v) { return byName.get(v); }
        @Override public List<String> versions() { return List.copyOf(byName.keySet()); }
        @Override public Map<String, Object> manifest(String v) { return byName.get(v).manifest(); }
        @Override public void activate(String v) { current = v; }
    }

    /** The trained model, counting score calls and the distinct query objects they were given (one per query built). */
    private static final class CountingModel implements Model {
        final LoadedModel loaded;
        private final Model inner;
        final Set<UserQuery> queries = Collections.newSetFromMap(new IdentityHashMap<>());
        int calls;

        CountingModel(LoadedModel m) {
            this.inner = m.model();
            this.loaded = new LoadedModel(m.version(), m.interactions(), this, m.manifest(), m.loadedAt());
        }

        void reset() {
            queries.clear();
            calls = 0;
        }

        @Override public float[] score(UserQuery query, int[] items) {
            queries.add(query);
            calls++;
            return inner.score(query, items);
        }

        @Override public String algorithm() { return inner.algorithm(); }
        @Override public int userCount() { return inner.userCount(); }
        @Override public int itemCount() { return inner.itemCount(); }
        @Override public List<ScoredItem> recommend(UserQuery q, int k, ItemFilter f) { return inner.recommend(q, k, f); }
        @Override public List<ScoredItem> similarItems(int item, int k, ItemFilter f) { return inner.similarItems(item, k, f); }
        @Override public void save(Path dir) throws java.io.IOException { inner.save(dir); }
    }
}
