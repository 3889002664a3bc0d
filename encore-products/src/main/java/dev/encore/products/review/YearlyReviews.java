package dev.encore.products.review;

import dev.encore.core.domain.Episode;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.Track;
import dev.encore.products.Catalog;
import dev.encore.products.ListeningHistory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Builds the {@link YearlyReview} from a listener's listens in a calendar year of their time zone. Minutes use
 * {@code msPlayed} where recorded, else the track's or episode's duration. Deterministic: ties rank by id.
 */
public final class YearlyReviews {
    private static final int TOP = 5;
    private final Catalog catalog;
    private final ListeningHistory history;

    public YearlyReviews(Catalog catalog, ListeningHistory history) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.history = Objects.requireNonNull(history, "history");
    }

    public YearlyReview review(String userId, int year, ZoneId zone, PopulationStats population) {
        if (year < 1900 || year > 9999) throw new IllegalArgumentException("year must be a four-digit year, got " + year);
        Objects.requireNonNull(zone, () -> "time zone of listener " + userId + " is missing: pass e.g. ZoneId.of(\"UTC\")");
        Instant start = LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
        Instant end = LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant();
        List<ListenEvent> listens = history.listens(userId, start, end);
        Set<String> tracksBefore = new HashSet<>(), artistsBefore = new HashSet<>();
        for (ListenEvent e : history.listens(userId, Instant.EPOCH.minusSeconds(1L << 40), start)) {
            if (e.itemKind() != ItemKind.TRACK) continue;
            tracksBefore.add(e.itemId());
            Track t = catalog.track(e.itemId());
            if (t != null) artistsBefore.addAll(t.artistIds());
        }
        long ms = 0, trackPlays = 0, explorePlays = 0, freshPlays = 0, uniquePlays = 0;
        Map<String, Long> artists = new HashMap<>(), tracks = new HashMap<>(), tags = new HashMap<>(), shows = new HashMap<>();
        Map<Integer, Map<String, Long>> perMonth = new TreeMap<>();
        int[][] clock = new int[7][24];
        Set<String> newArtists = new LinkedHashSet<>();
        TreeSet<LocalDate> days = new TreeSet<>();
        for (ListenEvent e : listens) {
            ZonedDateTime at = e.listenedAt().atZone(zone);
            clock[at.getDayOfWeek().getValue() - 1][at.getHour()]++;
            days.add(at.toLocalDate());
            if (e.itemKind() == ItemKind.EPISODE) {
                Episode ep = catalog.episode(e.itemId());
                ms += e.msPlayed() >= 0 ? e.msPlayed() : ep == null ? 0 : ep.durationMs();
                shows.merge(ep == null ? e.itemId() : ep.showId(), 1L, Long::sum);
                continue;
            }
            if (e.itemKind() != ItemKind.TRACK) continue;
            Track t = catalog.track(e.itemId());
            ms += e.msPlayed() >= 0 ? e.msPlayed() : t == null ? 0 : t.durationMs();
            trackPlays++;
            tracks.merge(e.itemId(), 1L, Long::sum);
            perMonth.computeIfAbsent(at.getMonthValue(), m -> new HashMap<>()).merge(e.itemId(), 1L, Long::sum);
            if (!tracksBefore.contains(e.itemId())) explorePlays++;
            if (!population.popularTracks().contains(e.itemId())) uniquePlays++;
            if (t == null) continue;
            if (t.releaseDate() != null && t.releaseDate().getYear() >= year - 1) freshPlays++;
            for (String a : t.artistIds()) {
                artists.merge(a, 1L, Long::sum);
                if (!artistsBefore.contains(a)) newArtists.add(a);
            }
            for (String tag : t.tags()) tags.merge(tag.toLowerCase(java.util.Locale.ROOT), 1L, Long::sum);
        }
        List<YearlyReview.Ranked> topArtists = top(artists, catalog::artistName);
        Map<Integer, String> monthTop = new TreeMap<>();
        perMonth.forEach((m, counts) -> monthTop.put(m, top(counts, id -> id).get(0).id()));
        long top5 = topArtists.stream().mapToLong(YearlyReview.Ranked::plays).sum();
        long minutes = ms / 60_000;
        Personality p = new Personality(share(explorePlays, trackPlays), share(freshPlays, trackPlays),
                share(top5, artists.values().stream().mapToLong(Long::longValue).sum()), share(uniquePlays, trackPlays));
        return new YearlyReview(userId, year, minutes, topArtists, top(tracks, this::trackName), top(tags, id -> id),
                top(shows, id -> id), monthTop, clock, new ArrayList<>(newArtists), longestStreak(days),
                population.minutesPercentile(minutes), p);
    }

    private String trackName(String id) {
        Track t = catalog.track(id);
        return t == null ? id : t.title();
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static List<YearlyReview.Ranked> top(Map<String, Long> counts, Function<String, String> name) {
        return counts.entrySet().stream()
                .sorted((a, b) -> !a.getValue().equals(b.getValue()) ? Long.compare(b.getValue(), a.getValue()) : a.getKey().compareTo(b.getKey()))
                .limit(TOP).map(e -> new YearlyReview.Ranked(e.getKey(), name.apply(e.getKey()), e.getValue())).toList();
    }

    /** The longest run of consecutive days with at least one play. */
    static int longestStreak(TreeSet<LocalDate> days) {
        int best = 0, run = 0;
        LocalDate prev = null;
        for (LocalDate d : days) {
            run = prev != null && prev.plusDays(1).equals(d) ? run + 1 : 1;
            best = Math.max(best, run);
            prev = d;
        }
        return best;
    }
}
