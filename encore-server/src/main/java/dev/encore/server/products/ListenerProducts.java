package dev.encore.server.products;

import dev.encore.core.domain.Feedback;
import dev.encore.core.domain.FeedbackType;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.Playlist;
import dev.encore.core.domain.PlaylistItem;
import dev.encore.core.domain.PlaylistKind;
import dev.encore.core.domain.User;
import dev.encore.products.Catalog;
import dev.encore.products.ListeningHistory;
import dev.encore.products.TasteControls;
import dev.encore.products.onboarding.ColdStart;
import dev.encore.products.onboarding.OnboardingPicks;
import dev.encore.products.radio.RadioSeed;
import dev.encore.products.radio.RadioSession;
import dev.encore.products.review.YearlyReview;
import dev.encore.products.review.YearlyReviews;
import dev.encore.server.events.EventIngest;
import dev.encore.server.http.ApiProblem;
import dev.encore.server.serving.ModelHolder;
import dev.encore.store.EncoreStore;

import java.io.IOException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The listener products as the API and the web UI use them: weekly discovery (recorded once per ISO week), daily
 * mixes (stored as GENERATED playlists of their day so they can be exported), the yearly review and radio sessions
 * whose likes and skips also go through the ordinary ingest path. Each listener's week and day follow the time zone
 * of their user record (UTC when unknown or invalid). Callers check who may act for whom.
 */
public final class ListenerProducts {
    private final EncoreStore store;
    private final Catalog catalog;
    private final ServedProducts served;
    private final RadioSessions sessions = new RadioSessions(10_000);
    private final YearlyReviews reviews;
    private final YearPopulation population;
    private final EventIngest ingest;
    private final Clock clock;
    private final ListeningHistory history;
    private final TasteControls.Source controls;
    private final ColdStarts coldStarts;
    private volatile PromotedSlots promotion;   // null: Discovery Mode off

    public ListenerProducts(EncoreStore store, ModelHolder models, EventIngest ingest, Clock clock) {
        this.store = store;
        this.catalog = new StoreCatalog(store, 50_000);
        this.history = new StoreListeningHistory(store);
        this.controls = new StoreTasteControls(store);
        this.served = new ServedProducts(models, catalog, history, controls, new StoreEditionHistory(store));
        this.coldStarts = new ColdStarts(store, catalog, history, controls);
        this.reviews = new YearlyReviews(catalog, history);
        this.population = new YearPopulation(store, catalog, clock, java.time.Duration.ofHours(1));
        this.ingest = ingest;
        this.clock = clock;
    }

    public Catalog catalog() {
        return catalog;
    }

    /** The listener's time zone from their user record; UTC when none is recorded or it is not a valid zone id. */
    public ZoneId zone(String userId) {
        String tz = store.users().user(userId).map(User::timeZone).orElse(null);
        if (tz == null || tz.isBlank()) return ZoneOffset.UTC;
        try {
            return ZoneId.of(tz);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    /**
     * This week's recorded discovery edition (generated and recorded on the first request of the week); a listener
     * the model does not know yet who made onboarding picks gets the picks' edition instead (not recorded, so their
     * first edition after training replaces it). Tracks hidden since the edition was made are left out.
     */
    public Playlist discoveryWeekly(String userId) {
        ServedProducts.Engines e = served.current();
        ColdStart cold = coldStarts.of(e);
        Playlist p = cold.discoveryOr(userId, coldStarts.picks(userId), coldStarts.country(userId), zone(userId), clock.instant(),
                () -> e.discovery().edition(userId, zone(userId), clock.instant()));
        return visible(userId, p);
    }

    /** The playlist without the items the listener has hidden (controls take effect on stored editions at once). */
    public Playlist visible(String userId, Playlist p) {
        TasteControls c = controls.of(userId);
        if (c.hiddenTracks().isEmpty() && c.hiddenArtists().isEmpty()) return p;
        List<PlaylistItem> kept = p.items().stream().filter(i -> {
            dev.encore.core.domain.Track t = catalog.track(i.itemId());
            return c.allows(i.itemId(), t == null ? null : t.primaryArtistId());
        }).toList();
        return kept.size() == p.items().size() ? p
                : new Playlist(p.id(), p.ownerId(), p.title(), p.description(), p.kind(), p.period(), kept, p.source());
    }

    /** The engines of the served model (503 problem when none is loaded). */
    public ServedProducts.Engines engines() {
        return served.current();
    }

    /** The cold-start engine of the served model. */
    public ColdStart coldStart() {
        return coldStarts.of(served.current());
    }

    /** The listener's onboarding picks (followed artists and genre stations). */
    public OnboardingPicks picks(String userId) {
        return coldStarts.picks(userId);
    }

    /** The artists the listener follows (for release radar). */
    public java.util.Set<String> followedArtists(String userId) {
        return coldStarts.followedArtists(userId);
    }

    public ListeningHistory history() {
        return history;
    }

    public TasteControls.Source controls() {
        return controls;
    }

    public Clock clock() {
        return clock;
    }

    public EncoreStore store() {
        return store;
    }

    /** Records signals (taste controls) through the same durable ingest as {@code POST /api/v1/events}. */
    public void record(String channel, List<Feedback> feedback) throws IOException {
        ingest.ingest(channel, List.of(), feedback);
    }

    /**
     * Today's daily mixes, each saved as a GENERATED playlist when first made (promoted tracks placed then, when
     * Discovery Mode is on) and served from that saved edition all day, hidden tracks filtered, as discovery is.
     */
    public List<Playlist> dailyMixes(String userId) {
        List<Playlist> mixes = served.current().mixes().generate(userId, zone(userId), clock.instant());
        PromotedSlots promoted = promotion;
        List<Playlist> out = new ArrayList<>(mixes.size());
        for (Playlist mix : mixes) {
            Optional<Playlist> saved = store.playlists().playlist(mix.id());
            if (saved.isPresent()) {
                out.add(visible(userId, saved.get()));
                continue;
            }
            Playlist made = promoted == null ? mix : new Playlist(mix.id(), mix.ownerId(), mix.title(), mix.description(), mix.kind(),
                    mix.period(), promoted.apply(userId, dev.encore.products.promotion.PromotionContext.MIXES, mix.items()), mix.source());
            store.playlists().save(made);
            out.add(made);
        }
        return out;
    }

    /**
     * The listener's review of {@code year}, compared with every listener's minutes and the year's most played
     * tracks ({@link YearPopulation}: one scan of the log per year, cached for an hour).
     */
    public YearlyReview review(String userId, int year) {
        if (year < 1900 || year > 9999) throw ApiProblem.badRequest("year must be a four-digit year, got " + year);
        try {
            return reviews.review(userId, year, zone(userId), population.of(year));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(e.getMessage());
        }
    }

    /** Opens a radio session on the served model; 409 when the model cannot steer radio, 422 for an unknown seed. */
    public RadioSession openRadio(String userId, RadioSeed seed) {
        ServedProducts.Engines e = served.current();
        if (e.radio() == null) throw new ApiProblem(409, "radio-unavailable", "Radio needs an ALS model", e.radioProblem(), List.of(), List.of());
        RadioSession s;
        try {
            s = e.radio().open(userId, seed, clock.instant().atZone(zone(userId)).toLocalDate());
        } catch (IllegalArgumentException ex) {
            throw ApiProblem.invalid(ex.getMessage(), List.of(dev.encore.server.http.FieldError.of("seed", ex.getMessage())));
        }
        e.radio().close(s.id());   // sessions live here, across model swaps, bounded
        sessions.add(s);
        return s;
    }

    /** Turns Discovery Mode on for radio: promoted tracks may take slots, labelled and reported (see PromotedSlots). */
    public void usePromotion(PromotedSlots promotion) {
        this.promotion = promotion;
    }

    /** The campaign behind a track served to this listener as promoted, if it was. */
    public Optional<String> promotedCampaign(String userId, String trackId) {
        PromotedSlots p = promotion;
        return p == null ? Optional.empty() : p.campaignOf(userId, trackId);
    }

    /**
     * The session's next {@code n} tracks without any the listener hid after the session opened (controls take
     * effect at once); hidden ones are skipped over, so fewer come back only when the radio runs dry.
     */
    public List<PlaylistItem> radioNext(RadioSession s, int n) {
        List<PlaylistItem> out = new ArrayList<>(n);
        for (int round = 0; round < 4 && out.size() < n; round++) {
            List<PlaylistItem> more = s.next(n - out.size());
            if (more.isEmpty()) break;
            Playlist kept = visible(s.userId(), new Playlist("radio", s.userId(), "radio", null, PlaylistKind.GENERATED, null, more, null));
            out.addAll(kept.items());
        }
        PromotedSlots p = promotion;
        return p == null ? out : p.apply(s.userId(), dev.encore.products.promotion.PromotionContext.RADIO, out);
    }

    /** The open session, or a 404 problem. */
    public RadioSession radio(String sessionId) {
        return sessions.get(sessionId).orElseThrow(() -> ApiProblem.notFound("no radio session '" + sessionId
                + "' is open (sessions end when the server restarts); start one with POST /api/v1/radio"));
    }

    /**
     * Steers the session and records the signal like any client would: a skip as a skipped listen (context radio),
     * a like as LIKE feedback, through the same durable ingest as {@code POST /api/v1/events}.
     */
    public void radioFeedback(RadioSession s, String trackId, RadioSession.Signal signal) throws IOException {
        try {
            s.feedback(trackId, signal);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid(e.getMessage(), List.of(dev.encore.server.http.FieldError.of("track", e.getMessage())));
        }
        Instant now = clock.instant();
        PromotedSlots p = promotion;   // a skip is stored as a radio listen, which the ingest's play observer reports
        if (p != null && signal == RadioSession.Signal.LIKE)
            p.observe(s.userId(), trackId, dev.encore.products.promotion.PromotionContext.RADIO, false, true, now);
        if (signal == RadioSession.Signal.SKIP) {
            ingest.ingest("radio", List.of(new ListenEvent(s.userId(), ItemKind.TRACK, trackId, now, -1, "radio", s.id(),
                    null, "fwdbtn", true, false, false, null, "encore-radio")), List.of());
        } else {
            ingest.ingest("radio", List.of(), List.of(new Feedback(s.userId(), ItemKind.TRACK, trackId, FeedbackType.LIKE, now, true)));
        }
    }

    /** A stored playlist by id. */
    public Optional<Playlist> playlist(String id) {
        return store.playlists().playlist(id);
    }
}
