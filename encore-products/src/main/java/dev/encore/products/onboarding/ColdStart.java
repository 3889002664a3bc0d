package dev.encore.products.onboarding;

import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.Playlist;
import dev.encore.core.domain.PlaylistItem;
import dev.encore.core.domain.PlaylistKind;
import dev.encore.ml.ScoredItem;
import dev.encore.ml.UserQuery;
import dev.encore.products.Catalog;
import dev.encore.products.ListeningHistory;
import dev.encore.products.Periods;
import dev.encore.products.TasteControls;
import dev.encore.products.TasteModel;
import dev.encore.products.candidates.BlendRules;
import dev.encore.products.candidates.Blender;
import dev.encore.products.candidates.Candidate;
import dev.encore.products.candidates.ListenerContext;
import dev.encore.products.discovery.WeeklyDiscovery;
import dev.encore.products.radio.RadioSeed;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Products for a listener without history, from their onboarding picks: the picks' best-known tracks become a
 * folded-in taste query (no retraining) for collaborative candidates; tracks matching the picks by content (the
 * content model when trained, else shared tags) bring in tracks nobody has played yet; the listener's regional
 * popularity fills gaps. Weekly discovery blends the three like {@link WeeklyDiscovery} (same id and week seed);
 * radio suggestions start from the picked artists and genres. One instance per model bundle; thread-safe.
 */
public final class ColdStart {
    public static final BlendRules RULES = new BlendRules(Map.of("cf", 1.0, "content", 0.8, "regional", 0.25), 2, 28, 0.3, 0, 0.1);
    private static final int PER_SOURCE = 60, SEEDS_PER_ARTIST = 3, SEEDS_PER_GENRE = 5, SIZE = 30;
    /** Slots for the best content matches that almost nobody has played ({@code < RARELY_PLAYED} listeners). */
    static final int NEW_TRACK_SLOTS = 3, RARELY_PLAYED = 3;
    private final TasteModel taste;
    private final Catalog catalog;
    private final ListeningHistory history;
    private final TasteControls.Source controls;
    private final RegionalPopularity popularity;
    private final float weight;
    private volatile PickIndex index;
    private volatile java.util.function.Supplier<Catalog> indexSource;

    public ColdStart(TasteModel taste, Catalog catalog, ListeningHistory history, TasteControls.Source controls, RegionalPopularity popularity) {
        this.taste = Objects.requireNonNull(taste, "taste");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.history = Objects.requireNonNull(history, "history");
        this.controls = Objects.requireNonNull(controls, "controls");
        this.popularity = Objects.requireNonNull(popularity, "popularity");
        this.weight = typicalWeight(taste);
        this.indexSource = () -> catalog;
    }

    /**
     * Where the pick index (built on first use) reads the catalog: {@code bulk} should answer fast for every item
     * of the bundle (e.g. a catalog loaded by one scan) instead of one lookup per item. Returns this.
     */
    public ColdStart indexFrom(java.util.function.Supplier<Catalog> bulk) {
        this.indexSource = Objects.requireNonNull(bulk, "bulk");
        return this;
    }

    private PickIndex index() {
        PickIndex i = index;
        if (i == null) synchronized (this) {
            if (index == null) index = new PickIndex(taste, indexSource.get());
            i = index;
        }
        return i;
    }

    /** Throws with what to fix when there are too few or too many picks, or a pick the current catalog does not know. */
    public void validate(OnboardingPicks picks) {
        picks.requireEnough();
        List<String> unknownArtists = picks.artists().stream().filter(a -> !index().byArtist.containsKey(a)).toList();
        if (!unknownArtists.isEmpty())
            throw new IllegalArgumentException("unknown artist ids " + unknownArtists + ": pick artist ids that have tracks in the catalog");
        List<String> unknownGenres = picks.genres().stream().filter(g -> !index().byTag.containsKey(g)).toList();
        if (!unknownGenres.isEmpty())
            throw new IllegalArgumentException("unknown genres " + unknownGenres + ": pick tags used in the catalog, e.g. " + index().someGenres(8));
    }

    /** Genres to offer at onboarding: the tags with the most tracks, most first. */
    public List<String> popularGenres(int n) {
        return index().someGenres(n);
    }

    /** Artists to offer at onboarding: those whose best-known track has the most listeners, most first. */
    public List<String> popularArtists(int n) {
        PickIndex i = index();
        return i.byArtist.entrySet().stream()
                .sorted((a, b) -> {
                    int la = i.listeners[a.getValue().get(0)], lb = i.listeners[b.getValue().get(0)];
                    return la != lb ? Integer.compare(lb, la) : a.getKey().compareTo(b.getKey());
                })
                .limit(n).map(Map.Entry::getKey).toList();
    }

    /** True when the current model has no listens of this listener, so products should start from their picks. */
    public boolean isNew(String userId) {
        return taste.bundle().interactions().users().indexOf(userId) < 0;
    }

    /** The picks' discovery when the model does not know the listener yet and they picked something, else {@code usual}. */
    public Playlist discoveryOr(String userId, OnboardingPicks picks, String country, ZoneId zone, Instant now,
                                java.util.function.Supplier<Playlist> usual) {
        return isNew(userId) && !picks.isEmpty() ? discovery(userId, picks, country, zone, now) : usual.get();
    }

    /** This week's discovery for a new listener from their picks ({@code country} may be null: global popularity). */
    public Playlist discovery(String userId, OnboardingPicks picks, String country, ZoneId zone, Instant now) {
        String period = Periods.isoWeek(now, zone);
        long seed = Periods.seed(userId, period, WeeklyDiscovery.PRODUCT);
        ListenerContext l = ListenerContext.of(userId, taste, catalog, history, controls.of(userId), now.atZone(zone).toLocalDate(), 0);
        Map<Integer, String> seeds = seeds(picks);
        List<Candidate> content = content(l, picks, seeds);
        List<List<Candidate>> lists = List.of(collaborative(l, seeds), content, regional(l, country));
        List<PlaylistItem> items = new ArrayList<>();
        for (Blender.Blended b : new Blender(RULES).blend(l, lists, SIZE, seed, i -> true))
            items.add(new PlaylistItem(ItemKind.TRACK, taste.bundle().itemId(b.item()), b.reason()));
        addUnheardOf(items, content);
        if (items.size() > SIZE) items.subList(SIZE, items.size()).clear();   // the rare tracks displace the last blended ones
        return new Playlist(WeeklyDiscovery.PRODUCT + ":" + userId + ":" + period, userId, "Discovery Weekly",
                items.size() + " tracks from your onboarding picks, week " + period + " (seed " + Long.toHexString(seed) + ")",
                PlaylistKind.GENERATED, period, items, "encore-products");
    }

    /**
     * Puts up to {@link #NEW_TRACK_SLOTS} of the best content matches with fewer than {@link #RARELY_PLAYED}
     * listeners, one per artist, at evenly spaced places: collaborative scores cannot see tracks without listens, so
     * without reserved slots a new release would never reach anyone.
     */
    private void addUnheardOf(List<PlaylistItem> items, List<Candidate> content) {
        Set<String> taken = new HashSet<>(), artists = new HashSet<>();
        for (PlaylistItem i : items) taken.add(i.itemId());
        List<PlaylistItem> rare = new ArrayList<>();
        for (Candidate c : content) {
            if (rare.size() >= NEW_TRACK_SLOTS) break;
            String id = taste.bundle().itemId(c.item());
            var t = catalog.track(id);
            String artist = t == null ? id : t.primaryArtistId();
            if (index().listeners[c.item()] >= RARELY_PLAYED || taken.contains(id) || !artists.add(String.valueOf(artist))) continue;
            rare.add(new PlaylistItem(ItemKind.TRACK, id, c.reason() + " (new: hardly anyone has heard it yet)"));
        }
        for (int k = 0; k < rare.size(); k++) items.add(Math.min(items.size(), 4 + k * (SIZE / NEW_TRACK_SLOTS)), rare.get(k));
    }

    /** Radio stations to start with: one per picked artist, then one per picked genre. */
    public List<RadioSeed> radioSeeds(OnboardingPicks picks) {
        List<RadioSeed> out = new ArrayList<>();
        for (String a : picks.artists()) if (index().byArtist.containsKey(a)) out.add(RadioSeed.artist(a));
        for (String g : picks.genres()) if (index().byTag.containsKey(g)) out.add(RadioSeed.tag(g));
        return out;
    }

    /** The picks' best-known tracks, each labelled with the pick it stands for ("Artist X", "jazz"). */
    private Map<Integer, String> seeds(OnboardingPicks picks) {
        Map<Integer, String> out = new LinkedHashMap<>();
        for (String a : picks.artists())
            for (int i : index().byArtist.getOrDefault(a, List.of()).stream().limit(SEEDS_PER_ARTIST).toList())
                out.putIfAbsent(i, catalog.artistName(a));
        for (String g : picks.genres())
            for (int i : index().byTag.getOrDefault(g, List.of()).stream().limit(SEEDS_PER_GENRE).toList()) out.putIfAbsent(i, g);
        return out;
    }

    private List<Candidate> collaborative(ListenerContext l, Map<Integer, String> seeds) {
        if (seeds.isEmpty()) return List.of();
        List<Candidate> out = new ArrayList<>();
        for (ScoredItem s : taste.bundle().model().recommend(query(seeds), PER_SOURCE, l.filter())) {
            String pick = s.because().length > 0 && seeds.containsKey(s.because()[0]) ? seeds.get(s.because()[0]) : seeds.values().iterator().next();
            out.add(new Candidate(s.item(), s.score(), "cf", "because you picked " + pick));
        }
        return out;
    }

    /** Content matches: the content model's fold-in when there is one, else tracks sharing the picks' tags. */
    private List<Candidate> content(ListenerContext l, OnboardingPicks picks, Map<Integer, String> seeds) {
        List<Candidate> out = new ArrayList<>();
        if (taste.content() != null && !seeds.isEmpty()) {
            for (ScoredItem s : taste.content().recommend(query(seeds), PER_SOURCE, l.filter())) {
                String pick = s.because().length > 0 && seeds.containsKey(s.because()[0]) ? seeds.get(s.because()[0]) : null;
                out.add(new Candidate(s.item(), s.score(), "content", pick == null ? "sounds like your picks" : "sounds like your pick " + pick));
            }
            return out;
        }
        Set<String> wanted = new HashSet<>(picks.genres());
        for (int seed : seeds.keySet()) wanted.addAll(index().tags.get(seed));
        for (int i = 0; i < index().tags.size(); i++) {
            Set<String> t = index().tags.get(i);
            if (t.isEmpty() || l.blocked(i)) continue;
            String shared = null;
            int n = 0;
            for (String tag : t) if (wanted.contains(tag)) { n++; if (shared == null) shared = tag; }
            if (n > 0) out.add(new Candidate(i, n / Math.sqrt(t.size()), "content", "matches your taste for " + shared));
        }
        out.sort((a, b) -> a.score() != b.score() ? Double.compare(b.score(), a.score()) : Integer.compare(a.item(), b.item()));
        return out.size() > PER_SOURCE * 4 ? out.subList(0, PER_SOURCE * 4) : out;
    }

    private List<Candidate> regional(ListenerContext l, String country) {
        String reason = popularity.knows(country) ? "popular in " + country.toUpperCase(java.util.Locale.ROOT) : "popular with listeners right now";
        List<Candidate> out = new ArrayList<>();
        int[] ranked = popularity.ranked(country);
        for (int r = 0; r < ranked.length && out.size() < PER_SOURCE; r++)
            if (!l.blocked(ranked[r])) out.add(new Candidate(ranked[r], ranked.length - r, "regional", reason));
        return out;
    }

    private UserQuery query(Map<Integer, String> seeds) {
        int[] items = seeds.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        float[] w = new float[items.length];
        Arrays.fill(w, weight);
        return UserQuery.anonymous(items, w);
    }

    /** The mean stored confidence: picks count like an ordinary play of the current matrix. */
    private static float typicalWeight(TasteModel taste) {
        float[] v = taste.bundle().interactions().matrix().values();
        double s = 0;
        for (float x : v) s += x;
        return v.length == 0 ? 1f : (float) (s / v.length);
    }
}
