package dev.encore.server.products;

import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.User;
import dev.encore.core.domain.Artist;
import dev.encore.core.domain.Track;
import dev.encore.products.Catalog;
import dev.encore.products.InMemoryCatalog;
import dev.encore.products.ListeningHistory;
import dev.encore.products.TasteControls;
import dev.encore.products.onboarding.ColdStart;
import dev.encore.products.onboarding.OnboardingPicks;
import dev.encore.products.onboarding.RegionalPopularity;
import dev.encore.store.EncoreStore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The cold-start engine of the served model version (rebuilt after a swap: regional popularity is counted from
 * its matrix and the users' countries, at least {@value #MIN_LISTENERS} listeners per country), and listeners'
 * onboarding picks as stored in the social graph.
 */
final class ColdStarts {
    static final int MIN_LISTENERS = 20;
    private final EncoreStore store;
    private final Catalog catalog;
    private final ListeningHistory history;
    private final TasteControls.Source controls;
    private final AtomicReference<Map.Entry<String, ColdStart>> built = new AtomicReference<>();

    ColdStarts(EncoreStore store, Catalog catalog, ListeningHistory history, TasteControls.Source controls) {
        this.store = store;
        this.catalog = catalog;
        this.history = history;
        this.controls = controls;
    }

    synchronized ColdStart of(ServedProducts.Engines e) {
        Map.Entry<String, ColdStart> b = built.get();
        if (b != null && b.getKey().equals(e.version())) return b.getValue();
        Map<String, String> countries = new HashMap<>();
        store.users().forEachUser(u -> { if (u.country() != null) countries.put(u.id(), u.country()); });
        ColdStart c = new ColdStart(e.taste(), catalog, history, controls, new RegionalPopularity(e.taste().bundle(), countries::get, MIN_LISTENERS))
                .indexFrom(() -> scanned(e));
        built.set(Map.entry(e.version(), c));
        return c;
    }

    /**
     * The bundle's tracks and all artists from one pass over each table: indexing picks through per-id lookups
     * took 16 s for the demo's 72k items on a loaded machine; the scans take a few seconds. Dropped once indexed.
     */
    private Catalog scanned(ServedProducts.Engines e) {
        var items = e.taste().bundle().interactions().items();
        List<Track> tracks = new ArrayList<>();
        List<Artist> artists = new ArrayList<>();
        store.catalog().forEachTrack(t -> { if (items.indexOf(t.id()) >= 0) tracks.add(t); });
        store.catalog().forEachArtist(artists::add);
        return new InMemoryCatalog(artists, tracks);
    }

    OnboardingPicks picks(String userId) {
        return OnboardingPicks.fromFollows(store.social().following(userId));
    }

    /** The listener's country from their user record, or null. */
    String country(String userId) {
        return store.users().user(userId).map(User::country).orElse(null);
    }

    java.util.Set<String> followedArtists(String userId) {
        return java.util.Set.copyOf(store.social().following(userId, ItemKind.ARTIST));
    }
}
