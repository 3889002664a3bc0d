package dev.encore.server.products;

import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.Playlist;
import dev.encore.products.blend.Blend;
import dev.encore.products.blend.BlendConfig;
import dev.encore.products.daylist.DaylistConfig;
import dev.encore.products.daylist.TimeOfDayMix;
import dev.encore.products.home.Home;
import dev.encore.products.home.HomeRequest;
import dev.encore.products.home.StandardHome;
import dev.encore.products.onboarding.ColdStart;
import dev.encore.products.onboarding.OnboardingPicks;
import dev.encore.products.radar.RadarConfig;
import dev.encore.products.radar.ReleaseRadar;
import dev.encore.products.radio.RadioSeed;
import dev.encore.server.auth.Principal;
import dev.encore.server.auth.Role;
import dev.encore.server.http.ApiProblem;
import dev.encore.server.http.FieldError;
import dev.encore.store.EncoreStore;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Release radar, the time-of-day mix, blends, onboarding and the home shelves on top of {@link ListenerProducts}
 * (which keeps the model engines, time zones and taste controls). {@link #home()} is the shelf registry: other
 * features add their shelves with {@code home().add(source)}. Callers check who may act for whom, except for
 * blends, whose member rule lives in {@link #blend}.
 */
public final class HomeProducts {
    private final ListenerProducts products;
    private final ReleaseRadar radar;
    private final Blend blend;
    private final Home home;
    private final boolean openBlends;
    private final StoreEditionHistory editions;

    /** {@code openBlends}: demo mode, where any listener may blend with anyone. */
    public HomeProducts(ListenerProducts products, boolean openBlends) {
        this.products = products;
        this.openBlends = openBlends;
        EncoreStore store = products.store();
        this.editions = new StoreEditionHistory(store);
        this.radar = new ReleaseRadar(products.catalog(), products.history(), products.controls(),
                new StoreReleases(store, products.clock(), Duration.ofMinutes(10), 60), products::followedArtists, RadarConfig.defaults());
        this.blend = new Blend(products.catalog(), products.history(), products.controls(), BlendConfig.defaults());
        this.home = StandardHome.create(new StandardHome.Sources(products.history(), products.catalog(), products.controls(),
                r -> daylist(r.userId()), r -> products.dailyMixes(r.userId()), r -> products.discoveryWeekly(r.userId()),
                r -> releaseRadar(r.userId()), this::pickedStations));
    }

    public ListenerProducts products() {
        return products;
    }

    /** The shelf registry: add editorial, podcast or other shelves here (see {@link dev.encore.products.home.HomeShelf}). */
    public Home home() {
        return home;
    }

    public Home.Result home(String userId) {
        return home.build(new HomeRequest(userId, products.zone(userId), products.clock().instant()));
    }

    /**
     * This week's recorded release radar (generated and recorded on the first request of the week, so releases
     * added to the catalog mid-week wait for next week's edition); items hidden since are left out.
     */
    public Playlist releaseRadar(String userId) {
        java.time.ZoneId zone = products.zone(userId);
        java.time.Instant now = products.clock().instant();
        Playlist p = editions.find(userId, ReleaseRadar.PRODUCT, dev.encore.products.Periods.isoWeek(now, zone));
        if (p == null) {
            p = radar.generate(userId, zone, now);
            editions.record(userId, ReleaseRadar.PRODUCT, p);
        }
        return products.visible(userId, p);
    }

    /** Saves a generated playlist once per period so its exports can be fetched by id. */
    private Playlist stored(Playlist p) {
        if (!p.items().isEmpty() && products.store().playlists().playlist(p.id()).isEmpty()) products.store().playlists().save(p);
        return p;
    }

    /** The time-of-day mix of the listener's current daypart (new tracks drawn from the served model). */
    public Playlist daylist(String userId) {
        TimeOfDayMix m = new TimeOfDayMix(products.engines().taste(), products.catalog(), products.history(), products.controls(), DaylistConfig.defaults());
        return products.visible(userId, stored(m.generate(userId, products.zone(userId), products.clock().instant())));
    }

    /**
     * Today's blend of the members, in the caller's time zone. Who may blend: an admin anyone; a listener only blends
     * that include them, and only with listeners they follow (a follow of kind user) — or anyone in demo mode.
     */
    public Blend.Result blend(Principal caller, List<String> members) {
        if (caller.role() != Role.ADMIN) {
            if (caller.role() != Role.LISTENER || caller.userId() == null || !members.contains(caller.userId()))
                throw ApiProblem.forbidden("a listener may only ask for blends that include themselves: add " + caller.userId() + " to users=");
            if (!openBlends) {
                List<String> strangers = new ArrayList<>();
                for (String m : members)
                    if (!m.equals(caller.userId()) && !products.store().social().follows(caller.userId(), ItemKind.USER, m)) strangers.add(m);
                if (!strangers.isEmpty())
                    throw ApiProblem.forbidden("you can only blend with listeners you follow; follow " + strangers + " first (a follow of kind user)");
            }
        }
        try {
            String zoneOf = caller.userId() != null && members.contains(caller.userId()) ? caller.userId() : members.get(0);
            Blend.Result r = blend.generate(members, products.zone(zoneOf), products.clock().instant());
            stored(r.playlist());
            return r;
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid(e.getMessage(), List.of(FieldError.of("users", e.getMessage())));
        }
    }

    /** Validates and stores the picks as follows; the listener's discovery and radio then start from them. */
    public ColdStart onboard(String userId, OnboardingPicks picks) {
        ColdStart cold = products.coldStart();
        try {
            cold.validate(picks);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid(e.getMessage(), List.of(FieldError.of(picks.count() < OnboardingPicks.MIN_PICKS ? "artists" : "picks", e.getMessage())));
        }
        products.store().write(sink -> picks.follows(userId).forEach(sink::follow));
        return cold;
    }

    /** Radio stations from the listener's onboarding picks (for listeners without recent plays). */
    public List<RadioSeed> pickedStations(String userId) {
        OnboardingPicks picks = products.picks(userId);
        return picks.isEmpty() ? List.of() : products.coldStart().radioSeeds(picks);
    }
}
