package dev.encore.products.radar;

import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.Playlist;
import dev.encore.core.domain.PlaylistItem;
import dev.encore.core.domain.PlaylistKind;
import dev.encore.core.domain.Track;
import dev.encore.products.Catalog;
import dev.encore.products.ListeningHistory;
import dev.encore.products.Periods;
import dev.encore.products.TasteControls;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Release radar: tracks released in the {@code windowDays} up to the Monday that starts the listener's ISO week,
 * by artists they follow or have played, ranked by affinity to the track's best credited artist (share of the
 * listener's plays, plus a bonus for following), newest first among equals. Anchoring the window at the week's
 * Monday keeps the edition the same all week; each item says "new from ARTIST" and why that artist.
 */
public final class ReleaseRadar {
    public static final String PRODUCT = "release-radar";
    private final Catalog catalog;
    private final ListeningHistory history;
    private final TasteControls.Source controls;
    private final ReleaseFeed releases;
    private final Follows follows;
    private final RadarConfig config;

    public ReleaseRadar(Catalog catalog, ListeningHistory history, TasteControls.Source controls, ReleaseFeed releases,
                        Follows follows, RadarConfig config) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.history = Objects.requireNonNull(history, "history");
        this.controls = Objects.requireNonNull(controls, "controls");
        this.releases = Objects.requireNonNull(releases, "releases");
        this.follows = Objects.requireNonNull(follows, "follows");
        this.config = Objects.requireNonNull(config, "config");
    }

    /** This week's edition ({@code zone} decides the listener's week); empty items when nothing new fits. */
    public Playlist generate(String userId, ZoneId zone, Instant now) {
        Objects.requireNonNull(zone, () -> "time zone of listener " + userId + " is missing: pass e.g. ZoneId.of(\"UTC\")");
        LocalDate monday = now.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String period = Periods.isoWeek(now, zone);
        TasteControls c = controls.of(userId);
        Instant since = monday.atStartOfDay(zone).toInstant().minus(java.time.Duration.ofDays(config.affinityDays()));
        Map<String, Integer> plays = playsByArtist(userId, since, monday.plusDays(1).atStartOfDay(zone).toInstant(), c);
        double total = plays.values().stream().mapToInt(Integer::intValue).sum();
        Set<String> followed = follows.artists(userId);
        List<Ranked> ranked = new ArrayList<>();
        for (Track t : releases.releasedBetween(monday.minusDays(config.windowDays() - 1L), monday)) {
            if (!c.allows(t.id(), t.primaryArtistId())) continue;
            String best = null;
            double affinity = 0;
            for (String a : t.artistIds()) {
                if (c.hiddenArtists().contains(a)) continue;
                double s = (total == 0 ? 0 : plays.getOrDefault(a, 0) / total) + (followed.contains(a) ? config.followWeight() : 0);
                if (s > affinity) { affinity = s; best = a; }
            }
            if (best != null) ranked.add(new Ranked(t, best, affinity, reason(best, followed.contains(best), plays.getOrDefault(best, 0))));
        }
        ranked.sort((x, y) -> x.affinity != y.affinity ? Double.compare(y.affinity, x.affinity)
                : !x.track.releaseDate().equals(y.track.releaseDate()) ? y.track.releaseDate().compareTo(x.track.releaseDate())
                : x.track.id().compareTo(y.track.id()));
        Map<String, Integer> perArtist = new HashMap<>();
        List<PlaylistItem> items = new ArrayList<>();
        for (Ranked r : ranked) {
            if (items.size() >= config.size()) break;
            if (perArtist.merge(r.artist, 1, Integer::sum) > config.perArtist()) continue;
            items.add(new PlaylistItem(ItemKind.TRACK, r.track.id(), r.reason));
        }
        return new Playlist(PRODUCT + ":" + userId + ":" + period, userId, "Release Radar",
                items.size() + " new releases from artists you follow or play, " + monday.minusDays(config.windowDays() - 1L)
                        + " to " + monday, PlaylistKind.GENERATED, period, items, "encore-products");
    }

    private record Ranked(Track track, String artist, double affinity, String reason) {}

    private String reason(String artist, boolean followed, int plays) {
        String name = catalog.artistName(artist);
        if (followed && plays > 0) return "new from " + name + ": you follow them and played them " + times(plays);
        if (followed) return "new from " + name + ": you follow them";
        return "new from " + name + ": you played them " + times(plays);
    }

    private static String times(int n) {
        return n == 1 ? "once" : n + " times";
    }

    /** Plays per credited artist in [from, to), leaving out listens excluded from taste. */
    private Map<String, Integer> playsByArtist(String userId, Instant from, Instant to, TasteControls c) {
        Map<String, Integer> out = new HashMap<>();
        for (ListenEvent e : history.listens(userId, from, to)) {
            if (e.itemKind() != ItemKind.TRACK || c.excludes(e)) continue;
            Track t = catalog.track(e.itemId());
            if (t != null) for (String a : t.artistIds()) out.merge(a, 1, Integer::sum);
        }
        return out;
    }
}
