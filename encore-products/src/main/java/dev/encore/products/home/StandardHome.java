package dev.encore.products.home;

import dev.encore.core.domain.Playlist;
import dev.encore.products.Catalog;
import dev.encore.products.ListeningHistory;
import dev.encore.products.TasteControls;
import dev.encore.products.radio.RadioSeed;

import java.util.List;
import java.util.function.Function;

/**
 * The standard home: recently played, time-of-day mix, daily mixes, weekly discovery, release radar and radio
 * suggestions, at the slots of {@link HomeShelf}; editorial (50) and podcasts (80) are left for their sources to
 * {@link Home#add}. The product engines come in as functions so servers and tools wire their own.
 */
public final class StandardHome {
    private StandardHome() {}

    /** What the standard shelves are made from; {@code pickedStations} gives radio seeds to listeners without plays. */
    public record Sources(ListeningHistory history, Catalog catalog, TasteControls.Source controls,
                          Function<HomeRequest, Playlist> daylist, Function<HomeRequest, List<Playlist>> mixes,
                          Function<HomeRequest, Playlist> discovery, Function<HomeRequest, Playlist> radar,
                          Function<String, List<RadioSeed>> pickedStations) {}

    public static final int TRACKS_PER_SHELF = 10, RECENT_DAYS = 30;

    public static Home create(Sources s) {
        return create(s, RECENT_DAYS);
    }

    public static Home create(Sources s, int recentDays) {
        return new Home(List.of(
                new RecentlyPlayedShelf(s.history(), s.catalog(), s.controls(), TRACKS_PER_SHELF, recentDays),
                Shelves.playlist("daylist", HomeShelf.DAYLIST, s.daylist(), s.catalog(), TRACKS_PER_SHELF),
                Shelves.playlists("daily-mixes", HomeShelf.DAILY_MIXES, "Your daily mixes", s.mixes()),
                Shelves.playlist("discovery-weekly", HomeShelf.DISCOVERY, s.discovery(), s.catalog(), TRACKS_PER_SHELF),
                Shelves.playlist("release-radar", HomeShelf.RELEASE_RADAR, s.radar(), s.catalog(), TRACKS_PER_SHELF),
                new RadioShelf(s.history(), s.catalog(), s.controls(), s.pickedStations())));
    }
}
