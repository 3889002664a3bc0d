package dev.encore.products.home;

import dev.encore.core.domain.Artist;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.Track;
import dev.encore.products.Catalog;
import dev.encore.products.ListeningHistory;
import dev.encore.products.TasteControls;
import dev.encore.products.radio.RadioSeed;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Radio suggestions: stations from the listener's 3 most played artists and 2 most played tags of the last 90
 * days (taste exclusions and hidden artists honoured); a listener without such plays gets stations from
 * {@code fallback} (their onboarding picks). Card ids are seeds "artist:ID" / "tag:NAME" for {@code POST /radio}.
 */
public final class RadioShelf implements HomeShelf {
    private static final int ARTISTS = 3, TAGS = 2, DAYS = 90;
    private final ListeningHistory history;
    private final Catalog catalog;
    private final TasteControls.Source controls;
    private final Function<String, List<RadioSeed>> fallback;

    public RadioShelf(ListeningHistory history, Catalog catalog, TasteControls.Source controls, Function<String, List<RadioSeed>> fallback) {
        this.history = history;
        this.catalog = catalog;
        this.controls = controls;
        this.fallback = fallback;
    }

    @Override
    public String id() {
        return "radio";
    }

    @Override
    public int position() {
        return RADIO;
    }

    @Override
    public Optional<Shelf> build(HomeRequest r) {
        TasteControls c = controls.of(r.userId());
        Map<String, Integer> artists = new HashMap<>(), tags = new HashMap<>();
        for (ListenEvent e : history.listens(r.userId(), r.now().minus(Duration.ofDays(DAYS)), r.now())) {
            if (e.itemKind() != ItemKind.TRACK || c.excludes(e)) continue;
            Track t = catalog.track(e.itemId());
            if (t == null || t.primaryArtistId() == null || c.hiddenArtists().contains(t.primaryArtistId())) continue;
            artists.merge(t.primaryArtistId(), 1, Integer::sum);
            for (String tag : t.tags()) tags.merge(tag.toLowerCase(Locale.ROOT), 1, Integer::sum);
            Artist a = catalog.artist(t.primaryArtistId());
            if (a != null && t.tags().isEmpty()) for (String tag : a.tags()) tags.merge(tag.toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        List<ShelfEntry> entries = new ArrayList<>();
        for (String a : top(artists, ARTISTS))
            entries.add(new ShelfEntry("radio", "artist:" + a, catalog.artistName(a) + " radio", null,
                    "you played " + catalog.artistName(a) + " " + artists.get(a) + " times lately"));
        for (String t : top(tags, TAGS))
            entries.add(new ShelfEntry("radio", "tag:" + t, t + " radio", null, t + " is in your rotation"));
        if (entries.isEmpty()) {
            for (RadioSeed s : fallback.apply(r.userId())) {
                String name = s.kind() == RadioSeed.Kind.ARTIST ? catalog.artistName(s.value()) : s.value();
                entries.add(new ShelfEntry("radio", s.kind().name().toLowerCase(Locale.ROOT) + ":" + s.value(), name + " radio", null,
                        "you picked " + name + " when you joined"));
            }
        }
        return entries.isEmpty() ? Optional.empty() : Optional.of(new Shelf(id(), position(), "Radio for you", "stations that adapt as you like and skip", entries, null));
    }

    private static List<String> top(Map<String, Integer> counts, int n) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n).map(Map.Entry::getKey).toList();
    }
}
