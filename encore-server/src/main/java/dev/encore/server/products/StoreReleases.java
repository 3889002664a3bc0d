package dev.encore.server.products;

import dev.encore.core.domain.Track;
import dev.encore.products.radar.ReleaseFeed;
import dev.encore.store.EncoreStore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Release radar's feed from the store: one catalog scan keeps the tracks released in the last {@code keepDays}
 * (and any future-dated ones), cached for {@code ttl}; new releases show up at the next scan.
 */
final class StoreReleases implements ReleaseFeed {
    private final EncoreStore store;
    private final Clock clock;
    private final Duration ttl;
    private final int keepDays;
    private volatile Instant scanned;
    private volatile ReleaseFeed recent;

    StoreReleases(EncoreStore store, Clock clock, Duration ttl, int keepDays) {
        this.store = store;
        this.clock = clock;
        this.ttl = ttl;
        this.keepDays = keepDays;
    }

    @Override
    public List<Track> releasedBetween(LocalDate from, LocalDate to) {
        return current().releasedBetween(from, to);
    }

    private synchronized ReleaseFeed current() {
        Instant now = clock.instant();
        if (recent == null || scanned.plus(ttl).isBefore(now)) {
            LocalDate since = LocalDate.ofInstant(now, java.time.ZoneOffset.UTC).minusDays(keepDays);
            List<Track> keep = new ArrayList<>();
            store.catalog().forEachTrack(t -> {
                if (t.releaseDate() != null && !t.releaseDate().isBefore(since)) keep.add(t);
            });
            recent = ReleaseFeed.of(keep);
            scanned = now;
        }
        return recent;
    }
}
