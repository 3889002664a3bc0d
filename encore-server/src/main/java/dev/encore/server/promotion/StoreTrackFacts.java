package dev.encore.server.promotion;

import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.Track;
import dev.encore.products.promotion.TrackFacts;
import dev.encore.store.ArtistStats;
import dev.encore.store.EncoreStore;
import dev.encore.store.ItemPlays;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Eligibility facts from the store. The listen log does not record the context a listen was served in, so
 * "streams in promotable contexts over 28 days" is approximated by the track's stored plays when it was played in
 * the last 28 days (0 otherwise), and "monthly listeners" by the artist's busiest week of the last four (a lower
 * bound). The artist figure is one scan of the log, so it is cached per artist and day.
 */
final class StoreTrackFacts implements TrackFacts.Source {
    private final EncoreStore store;
    private final Map<String, Long> listeners = new HashMap<>();
    private LocalDate cachedDay;

    StoreTrackFacts(EncoreStore store) {
        this.store = store;
    }

    @Override
    public Optional<TrackFacts> facts(String trackId, LocalDate today) {
        Optional<Track> track = store.catalog().track(trackId);
        if (track.isEmpty()) return Optional.empty();
        Track t = track.get();
        long streams = store.history().plays(ItemKind.TRACK, trackId)
                .filter(p -> p.lastPlayed() != null && Duration.between(p.lastPlayed(), today.atStartOfDay().toInstant(ZoneOffset.UTC)).toDays() < 28)
                .map(ItemPlays::plays).orElse(0L);
        String artist = t.primaryArtistId();
        return Optional.of(new TrackFacts(trackId, artist, t.releaseDate(), streams, artist == null ? 0 : monthlyListeners(artist, today)));
    }

    private synchronized long monthlyListeners(String artistId, LocalDate today) {
        if (!today.equals(cachedDay)) {
            listeners.clear();
            cachedDay = today;
        }
        return listeners.computeIfAbsent(artistId, a -> {
            ArtistStats.Report r = store.artistStats().of(a);
            return r.weeks().stream().filter(w -> !w.start().isBefore(today.minusDays(34))).mapToLong(ArtistStats.Week::listeners).max().orElse(0);
        });
    }
}
