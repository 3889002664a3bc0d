package dev.encore.products.discovery;

import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.Playlist;
import dev.encore.core.domain.PlaylistItem;
import dev.encore.core.domain.PlaylistKind;
import dev.encore.products.Catalog;
import dev.encore.products.ListeningHistory;
import dev.encore.products.Periods;
import dev.encore.products.TasteControls;
import dev.encore.products.TasteModel;
import dev.encore.products.candidates.Blender;
import dev.encore.products.candidates.Candidate;
import dev.encore.products.candidates.CandidateSource;
import dev.encore.products.candidates.CoListenSource;
import dev.encore.products.candidates.CollaborativeSource;
import dev.encore.products.candidates.ListenerContext;
import dev.encore.products.candidates.PopularitySource;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;

/**
 * Weekly discovery: {@code size} tracks the listener has never played, blended from collaborative, co-listening
 * graph, content and popularity candidates, at most {@code perArtist} per artist, favouring artists new to the listener and
 * never repeating a track of the last {@code noRepeatEditions} editions. The edition is keyed by the ISO week in the
 * listener's time zone and seeded by hash(user, week), so it is the same all week and differs the next.
 * One instance per model bundle (it caches neighbour lists); thread-safe.
 */
public final class WeeklyDiscovery {
    public static final String PRODUCT = "discovery-weekly";
    private final TasteModel taste;
    private final Catalog catalog;
    private final ListeningHistory history;
    private final TasteControls.Source controls;
    private final EditionHistory editions;
    private final DiscoveryConfig config;
    private final List<CandidateSource> sources;
    private final CollaborativeSource cf = CollaborativeSource.cf().deferringReasons();

    public WeeklyDiscovery(TasteModel taste, Catalog catalog, ListeningHistory history, TasteControls.Source controls,
                           EditionHistory editions, DiscoveryConfig config) {
        this.taste = Objects.requireNonNull(taste, "taste");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.history = Objects.requireNonNull(history, "history");
        this.controls = Objects.requireNonNull(controls, "controls");
        this.editions = Objects.requireNonNull(editions, "editions");
        this.config = Objects.requireNonNull(config, "config");
        this.sources = List.of(cf, new CoListenSource(taste.bundle().interactions().matrix(), 200, 50),
                CollaborativeSource.content(), new PopularitySource(taste.bundle().interactions().matrix()));
    }

    /** This week's edition for the listener ({@code zone} decides when their week starts). Does not record it. */
    public Playlist generate(String userId, ZoneId zone, Instant now) {
        Objects.requireNonNull(zone, () -> "time zone of listener " + userId + " is missing: pass e.g. ZoneId.of(\"UTC\")");
        String period = Periods.isoWeek(now, zone);
        ListenerContext l = ListenerContext.of(userId, taste, catalog, history, controls.of(userId),
                now.atZone(zone).toLocalDate(), config.seeds());
        Set<Integer> recent = recentItems(userId, period);
        l.alsoBlock(recent);
        List<List<Candidate>> lists = new ArrayList<>(sources.size());
        for (CandidateSource s : sources) lists.add(s.candidates(l, config.perSource()));
        long seed = Periods.seed(userId, period, PRODUCT);
        List<Blender.Blended> picked = cf.explainPicked(l, new Blender(config.rules()).blend(l, lists, config.size(), seed, i -> true));
        List<PlaylistItem> items = new ArrayList<>(picked.size());
        for (Blender.Blended b : picked) items.add(new PlaylistItem(ItemKind.TRACK, taste.bundle().itemId(b.item()), b.reason()));
        return new Playlist(PRODUCT + ":" + userId + ":" + period, userId, "Discovery Weekly",
                items.size() + " new tracks picked for you, week " + period + " (seed " + Long.toHexString(seed) + ")",
                PlaylistKind.GENERATED, period, items, "encore-products");
    }

    /**
     * What to serve: this week's recorded edition when there is one (so a model retrained mid-week does not change
     * the playlist), else a freshly generated edition, which is recorded.
     */
    public Playlist edition(String userId, ZoneId zone, Instant now) {
        Objects.requireNonNull(zone, () -> "time zone of listener " + userId + " is missing: pass e.g. ZoneId.of(\"UTC\")");
        Playlist recorded = editions.find(userId, PRODUCT, Periods.isoWeek(now, zone));
        if (recorded != null) return recorded;
        Playlist made = generate(userId, zone, now);
        editions.record(userId, PRODUCT, made);
        return made;
    }

    private Set<Integer> recentItems(String userId, String period) {
        Set<Integer> out = new HashSet<>();
        for (Playlist p : editions.before(userId, PRODUCT, period, config.noRepeatEditions())) {
            for (PlaylistItem i : p.items()) {
                int item = taste.bundle().interactions().items().indexOf(i.itemId());
                if (item >= 0) out.add(item);
            }
        }
        return out;
    }

    /**
     * Generates this week's edition for every listener on {@code threads} threads; the result is the same as
     * calling {@link #generate} for each, in the order given. Does not record editions.
     */
    public Map<String, Playlist> generateAll(List<String> users, Function<String, ZoneId> zones, Instant now, int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            List<Playlist> made = pool.submit(() -> users.parallelStream()
                    .map(u -> generate(u, zones.apply(u), now)).toList()).get();
            Map<String, Playlist> out = new LinkedHashMap<>(users.size() * 2);
            for (int i = 0; i < users.size(); i++) out.put(users.get(i), made.get(i));
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("weekly discovery batch interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }
}
