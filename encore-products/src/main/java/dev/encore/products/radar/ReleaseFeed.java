package dev.encore.products.radar;

import dev.encore.core.domain.Track;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Where release radar finds new releases: tracks whose release date lies in a date range. */
@FunctionalInterface
public interface ReleaseFeed {
    /** Tracks released on {@code from} .. {@code to} (both inclusive), in any order. */
    List<Track> releasedBetween(LocalDate from, LocalDate to);

    /** A feed over a fixed collection of tracks (tests, tools, or a catalog scanned once). */
    static ReleaseFeed of(Collection<Track> tracks) {
        List<Track> dated = new ArrayList<>();
        for (Track t : tracks) if (t.releaseDate() != null) dated.add(t);
        dated.sort(Comparator.comparing(Track::releaseDate).thenComparing(Track::id));
        return (from, to) -> {
            List<Track> out = new ArrayList<>();
            for (Track t : dated) {
                if (t.releaseDate().isAfter(to)) break;
                if (!t.releaseDate().isBefore(from)) out.add(t);
            }
            return out;
        };
    }
}
