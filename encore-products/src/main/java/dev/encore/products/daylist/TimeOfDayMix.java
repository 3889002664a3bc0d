package dev.encore.products.daylist;

import dev.encore.core.domain.Artist;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.Playlist;
import dev.encore.core.domain.PlaylistItem;
import dev.encore.core.domain.PlaylistKind;
import dev.encore.core.domain.Track;
import dev.encore.ml.ItemFilter;
import dev.encore.ml.ScoredItem;
import dev.encore.products.Catalog;
import dev.encore.products.ListeningHistory;
import dev.encore.products.Periods;
import dev.encore.products.TasteControls;
import dev.encore.products.TasteModel;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A time-of-day mix (daylist-like): what the listener plays at this daypart and weekday. Their listens of the last
 * {@code lookbackDays} before the daypart began are weighted by how close their local time is (same daypart
 * +-{@code hourWindow}; same weekday, same kind of day, other day; other hours count 2%, so listeners with few plays
 * at this time still get a full mix); the best-weighted tracks fill ~70% and unheard
 * tracks similar to them (collaborative and, when trained, content neighbours, favouring the mix's tags) the rest. Named by its dominant tags
 * and the daypart ("jazz folk Sunday morning"); seeded by hash(user, day/daypart), so it is stable within a daypart
 * and refreshed six times a day. {@code taste} may be null (no new tracks then).
 */
public final class TimeOfDayMix {
    public static final String PRODUCT = "daylist";
    private static final int SEEDS = 5, NEIGHBOURS = 30;
    /** Weight of a listen outside the daypart (+-window) relative to one inside it. */
    private static final double OFF_TIME = 0.02;
    private final TasteModel taste;
    private final Catalog catalog;
    private final ListeningHistory history;
    private final TasteControls.Source controls;
    private final DaylistConfig config;

    public TimeOfDayMix(TasteModel taste, Catalog catalog, ListeningHistory history, TasteControls.Source controls, DaylistConfig config) {
        this.taste = taste;
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.history = Objects.requireNonNull(history, "history");
        this.controls = Objects.requireNonNull(controls, "controls");
        this.config = Objects.requireNonNull(config, "config");
    }

    public Playlist generate(String userId, ZoneId zone, Instant now) {
        Objects.requireNonNull(zone, () -> "time zone of listener " + userId + " is missing: pass e.g. ZoneId.of(\"UTC\")");
        ZonedDateTime local = now.atZone(zone);
        Daypart part = Daypart.of(local.getHour());
        DayOfWeek day = local.getDayOfWeek();
        String when = day.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + part.label;
        String period = Periods.day(now, zone) + "/" + part.id();
        long seed = Periods.seed(userId, period, PRODUCT);
        TasteControls c = controls.of(userId);
        Instant partStart = local.toLocalDate().atTime(part.startHour, 0).atZone(zone).toInstant();
        Map<String, Double> trackWeight = new HashMap<>(), tagWeight = new HashMap<>();
        Set<String> onTime = new java.util.HashSet<>();
        for (ListenEvent e : history.listens(userId, partStart.minus(Duration.ofDays(config.lookbackDays())), partStart)) {
            if (e.itemKind() != ItemKind.TRACK || c.excludes(e)) continue;
            ZonedDateTime t = e.listenedAt().atZone(zone);
            double w = t.getDayOfWeek() == day ? 1 : weekend(t.getDayOfWeek()) == weekend(day) ? config.sameKindWeight() : config.otherDayWeight();
            if (part.covers(t.getHour(), config.hourWindow())) onTime.add(e.itemId());
            else w *= OFF_TIME;   // other hours only fill in for listeners with few plays at this time
            if (w <= 0) continue;
            trackWeight.merge(e.itemId(), w, Double::sum);
            for (String tag : tags(e.itemId())) tagWeight.merge(tag, w, Double::sum);
        }
        List<String> topTags = topTags(tagWeight);
        List<String> familiar = new ArrayList<>(trackWeight.keySet());
        familiar.sort(Comparator.comparingDouble((String id) -> -trackWeight.get(id) * (1 + 0.2 * Periods.unit(seed, id)))
                .thenComparing(id -> id));
        Map<String, Integer> perArtist = new HashMap<>();
        int wantNew = taste == null ? 0 : (int) Math.round(config.size() * config.newShare());
        java.util.function.Function<String, String> why = id -> onTime.contains(id) ? "you often play this on " + plural(when) : "one of your favourites";
        List<PlaylistItem> known = pick(familiar, config.size() - wantNew, c, perArtist, why);
        List<PlaylistItem> fresh = wantNew == 0 ? List.of() : pick(similar(known, topTags, userId, c, seed), wantNew, c, perArtist, null);
        if (known.size() + fresh.size() < config.size()) {   // too few new tracks: more of the familiar ones
            List<PlaylistItem> more = pick(familiar, config.size() - fresh.size(), c, new HashMap<>(), why);
            known = more;
        }
        String title = (topTags.isEmpty() ? "your" : String.join(" ", topTags)) + " " + when;
        return new Playlist(PRODUCT + ":" + userId + ":" + period, userId, title,
                "what you play on " + plural(when) + ", refreshed every daypart (" + period + ", seed " + Long.toHexString(seed) + ")",
                PlaylistKind.GENERATED, period, interleave(known, fresh), "encore-products");
    }

    /** Unheard tracks near the mix's first tracks in the collaborative model; reasons filled in per candidate. */
    private List<Candidate> similar(List<PlaylistItem> known, List<String> topTags, String userId, TasteControls c, long seed) {
        Set<String> heard = history.heardTracks(userId);
        Map<String, Candidate> best = new HashMap<>();
        for (int s = 0; s < Math.min(SEEDS, known.size()); s++) {
            int seedItem = taste.bundle().interactions().items().indexOf(known.get(s).itemId());
            if (seedItem < 0) continue;
            List<ScoredItem> near = new ArrayList<>(taste.bundle().model().similarItems(seedItem, NEIGHBOURS, ItemFilter.ALL));
            if (taste.content() != null) near.addAll(taste.content().similarItems(seedItem, NEIGHBOURS, ItemFilter.ALL));
            for (ScoredItem n : near) {
                String id = taste.bundle().itemId(n.item());
                if (heard.contains(id)) continue;
                double tagBonus = tags(id).stream().anyMatch(topTags::contains) ? 1 : 0;
                double score = n.score() * (1 + tagBonus) * (1 + 0.1 * Periods.unit(seed, id)) / (1 + s * 0.2);
                Candidate prev = best.get(id);
                if (prev == null || prev.score < score) best.put(id, new Candidate(id, score, "sounds like " + describe(known.get(s).itemId())
                        + ", one of your tracks for this time"));
            }
        }
        List<Candidate> out = new ArrayList<>(best.values());
        out.sort(Comparator.comparingDouble((Candidate x) -> -x.score).thenComparing(x -> x.id));
        return out;
    }

    private record Candidate(String id, double score, String reason) {}

    private List<PlaylistItem> pick(List<?> ranked, int n, TasteControls c, Map<String, Integer> perArtist,
                                    java.util.function.Function<String, String> reason) {
        List<PlaylistItem> out = new ArrayList<>();
        for (Object o : ranked) {
            if (out.size() >= n) break;
            String id = o instanceof Candidate k ? k.id : (String) o;
            Track t = catalog.track(id);
            String artist = t == null ? null : t.primaryArtistId();
            if (!c.allows(id, artist)) continue;
            if (artist != null && perArtist.merge(artist, 1, Integer::sum) > config.perArtist()) continue;
            out.add(new PlaylistItem(ItemKind.TRACK, id, o instanceof Candidate k ? k.reason : reason.apply(id)));
        }
        return out;
    }

    /** Spreads the new tracks evenly between the familiar ones, starting with a familiar track. */
    private static List<PlaylistItem> interleave(List<PlaylistItem> known, List<PlaylistItem> fresh) {
        List<PlaylistItem> out = new ArrayList<>(known.size() + fresh.size());
        int total = known.size() + fresh.size(), k = 0, f = 0;
        for (int i = 0; i < total; i++) {
            boolean takeNew = f < fresh.size() && (k >= known.size() || (long) (f + 1) * total <= (long) (i + 1) * fresh.size());
            out.add(takeNew ? fresh.get(f++) : known.get(k++));
        }
        return out;
    }

    /** Up to two dominant tags: the heaviest, and the second when it has at least a quarter of the first's weight. */
    private static List<String> topTags(Map<String, Double> weights) {
        List<Map.Entry<String, Double>> e = new ArrayList<>(weights.entrySet());
        e.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<String> out = new ArrayList<>();
        if (!e.isEmpty()) out.add(e.get(0).getKey());
        if (e.size() > 1 && e.get(1).getValue() >= 0.25 * e.get(0).getValue()) out.add(e.get(1).getKey());
        return out;
    }

    private Set<String> tags(String trackId) {
        Track t = catalog.track(trackId);
        Set<String> out = new LinkedHashSet<>();
        if (t == null) return out;
        for (String tag : t.tags()) out.add(tag.toLowerCase(Locale.ROOT));
        for (String a : t.artistIds()) {
            Artist artist = catalog.artist(a);
            if (artist != null) for (String tag : artist.tags()) out.add(tag.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private String describe(String trackId) {
        Track t = catalog.track(trackId);
        if (t == null) return trackId;
        return t.artistIds().isEmpty() ? t.title() : t.title() + " by " + catalog.artistName(t.primaryArtistId());
    }

    private static boolean weekend(DayOfWeek d) {
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }

    private static String plural(String when) {
        return when + "s";
    }
}
