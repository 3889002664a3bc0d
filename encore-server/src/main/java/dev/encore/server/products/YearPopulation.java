package dev.encore.server.products;

import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.Track;
import dev.encore.products.Catalog;
import dev.encore.products.review.PopulationStats;
import dev.encore.store.EncoreStore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * What the yearly review compares a listener with: every listener's minutes in a (UTC) calendar year and the year's
 * most played tracks (the top 1%, at least 10). One streaming scan of the listen log per year, cached for
 * {@code maxAge}: the first review of a year on a large log waits for the scan (seconds per million listens).
 */
public final class YearPopulation {
    private record Entry(PopulationStats stats, Instant at) {}

    private final EncoreStore store;
    private final Catalog catalog;
    private final Clock clock;
    private final Duration maxAge;
    private final Map<Integer, Entry> cache = new ConcurrentHashMap<>();

    public YearPopulation(EncoreStore store, Catalog catalog, Clock clock, Duration maxAge) {
        this.store = store;
        this.catalog = catalog;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    public PopulationStats of(int year) {
        Entry e = cache.get(year);
        if (e != null && e.at().plus(maxAge).isAfter(clock.instant())) return e.stats();
        synchronized (this) {   // one scan at a time; a second caller for the same year reuses it
            e = cache.get(year);
            if (e != null && e.at().plus(maxAge).isAfter(clock.instant())) return e.stats();
            e = new Entry(scan(year), clock.instant());
            cache.put(year, e);
            return e.stats();
        }
    }

    private PopulationStats scan(int year) {
        Instant from = Instant.from(java.time.LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC));
        Instant to = Instant.from(java.time.LocalDate.of(year + 1, 1, 1).atStartOfDay(ZoneOffset.UTC));
        Map<String, Long> ms = new HashMap<>();
        Map<String, Long> plays = new HashMap<>();
        store.history().forEachListen((ListenEvent l) -> {
            if (l.listenedAt().isBefore(from) || !l.listenedAt().isBefore(to)) return;
            long played = l.msPlayed();
            if (l.itemKind() == ItemKind.TRACK) {
                plays.merge(l.itemId(), 1L, Long::sum);
                if (played < 0) {
                    Track t = catalog.track(l.itemId());
                    played = t == null ? 0 : t.durationMs();
                }
            } else if (played < 0) {
                var ep = l.itemKind() == ItemKind.EPISODE ? catalog.episode(l.itemId()) : null;
                played = ep == null ? 0 : ep.durationMs();
            }
            ms.merge(l.userId(), played, Long::sum);
        });
        long[] minutes = ms.values().stream().mapToLong(v -> v / 60_000).toArray();
        int top = Math.max(10, plays.size() / 100);
        Set<String> popular = plays.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .limit(top).map(Map.Entry::getKey).collect(Collectors.toSet());
        return new PopulationStats(minutes, popular);
    }
}
