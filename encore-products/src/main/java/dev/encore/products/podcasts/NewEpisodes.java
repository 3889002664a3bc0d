package dev.encore.products.podcasts;

import dev.encore.core.domain.Episode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * New-episode notifications: unplayed episodes of shows the listener follows or has played, released on or after
 * the day of their last visit (feeds date episodes by day, so the day of the visit counts) and not after today.
 * A listener with no visit yet gets the last {@link #FIRST_VISIT_DAYS} days. Newest first, then the shows the
 * listener plays most, then id.
 */
public final class NewEpisodes {
    static final int FIRST_VISIT_DAYS = 7;

    private NewEpisodes() {}

    /** @param since the last visit, or null to use the listener's own {@link PodcastListening#lastVisit()} */
    public static List<PodcastPick> shelf(PodcastListening listening, PodcastLibrary library, Instant since, Instant now, int k) {
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        Instant visit = since != null ? since : listening.lastVisit();
        LocalDate from = visit == null ? today.minusDays(FIRST_VISIT_DAYS) : visit.atZone(ZoneOffset.UTC).toLocalDate();
        List<Episode> fresh = new ArrayList<>();
        for (String show : listening.ownShows()) {
            for (Episode e : library.episodesOf(show)) {
                LocalDate d = e.releaseDate();
                if (d == null || d.isBefore(from)) break; // newest first: the rest are older
                if (d.isAfter(today) || listening.played(e.id())) continue;
                fresh.add(e);
            }
        }
        fresh.sort(Comparator.comparing(Episode::releaseDate).reversed()
                .thenComparing(e -> -listening.showPlays().getOrDefault(e.showId(), 0))
                .thenComparing(Episode::id));
        List<PodcastPick> out = new ArrayList<>();
        for (Episode e : fresh.subList(0, Math.min(k, fresh.size()))) {
            String showTitle = library.show(e.showId()).title();
            String why = listening.followed().contains(e.showId()) ? "new from " + showTitle + ", which you follow"
                    : "new from " + showTitle + ", which you listen to";
            out.add(new PodcastPick(PodcastPick.Kind.EPISODE, e.id(), e.showId(), e.title(), showTitle,
                    why + (visit == null ? "" : " (since your last visit on " + from + ")"), 1.0, null,
                    e.durationMs() > 0 ? e.durationMs() : null, e.releaseDate(), null));
        }
        return out;
    }
}
