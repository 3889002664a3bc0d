package dev.encore.server.ui;

import dev.encore.products.radio.RadioSeed;
import dev.encore.products.radio.RadioSession;
import dev.encore.server.auth.Principal;
import dev.encore.server.auth.TokenRepository;
import dev.encore.server.http.ApiProblem;
import dev.encore.server.products.HomeProducts;
import dev.encore.server.products.ListenerProducts;
import dev.encore.store.EncoreStore;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The listener product pages under {@code /ui/u/{user}/}: Home (the ordered shelves of {@link HomeProducts}), Discover Weekly, Daily mixes, Radio (Like / Skip steer the
 * queue over htmx) and Your year. Guarded like the other listener pages: sign in first, only your own pages.
 */
public final class ProductPages {
    private static final int QUEUE = 5, PICK_GENRES = 16, PICK_ARTISTS = 24;
    /** The page CSS and the script that draws the year page's chart (no inline scripts). */
    static final String HEAD = "<link rel=\"stylesheet\" href=\"/ui/static/products.css\">";
    static final String CHART = HEAD + "<script src=\"/ui/vendor/chart.umd.min.js\" defer></script><script src=\"/ui/static/products.js\" defer></script>";
    private final ListenerProducts products;
    private final HomeProducts home;
    private final UiSession session;
    private final ProductViews views;
    private final Clock clock;

    public ProductPages(HomeProducts home, EncoreStore store, TokenRepository tokens, Clock clock) {
        this.home = home;
        this.products = home.products();
        this.session = new UiSession(tokens);
        this.views = new ProductViews(new Cards(store));
        this.clock = clock;
    }

    public void register(JavalinDefaultRouting r) {
        r.get("/ui/u/{user}/home", ctx -> page(ctx, "Home", u -> views.home(u, home.home(u), needsPicks(u)), HEAD));
        r.get("/ui/u/{user}/onboarding", ctx -> page(ctx, "Pick your music", u -> onboardingForm(u, null), HEAD));
        r.post("/ui/u/{user}/onboarding", this::onboard);
        r.get("/ui/u/{user}/blend", ctx -> page(ctx, "Blend", u -> blend(ctx, u), HEAD));
        r.get("/ui/u/{user}/discover", ctx -> page(ctx, "Discover Weekly", u -> views.discover(products.discoveryWeekly(u)), HEAD));
        r.get("/ui/u/{user}/mixes", ctx -> page(ctx, "Daily mixes", u -> views.mixes(products.dailyMixes(u)), HEAD));
        r.get("/ui/u/{user}/radio", ctx -> page(ctx, "Radio", u -> {
            RadioSession s = open(u, ctx);
            return views.radio(u, s, products.radioNext(s, QUEUE));
        }, HEAD));
        r.post("/ui/u/{user}/radio/{session}/{signal}/{track}", this::steer);
        r.get("/ui/u/{user}/year", ctx -> ctx.redirect("/ui/u/" + Html.seg(ctx.pathParam("user")) + "/year/" + clock.instant().atZone(java.time.ZoneOffset.UTC).getYear()));
        r.get("/ui/u/{user}/year/{year}", ctx -> page(ctx, "Your year", u -> year(u, ctx.pathParam("year")), CHART));
        r.get("/ui/static/products.css", ctx -> asset(ctx, "ui/products.css", "text/css; charset=utf-8"));
        r.get("/ui/static/products.js", ctx -> asset(ctx, "ui/products.js", "text/javascript; charset=utf-8"));
    }

    private interface Body {
        String render(String user) throws IOException;
    }

    /** A guarded full page; a product that cannot be served (no model, radio needs ALS) shows why instead. */
    private void page(Context ctx, String title, Body body, String head) throws IOException {
        Optional<String> user = forUser(ctx);
        if (user.isEmpty()) return;
        Principal who = ctx.attribute("encore.ui.principal");
        try {
            ctx.html(Layout.page(title, who, body.render(user.get()), head));
        } catch (ApiProblem p) {
            ctx.status(p.status()).html(Layout.problem(who, title + " is not available", p.detail()));
        }
    }

    /** The blend form, or with {@code ?with=u2,u3} today's blend (the API's member rule applies to the signed-in listener). */
    private String blend(Context ctx, String user) {
        List<String> others = dev.encore.server.http.Queries.listParam(ctx, "with");
        if (others.isEmpty()) return views.blendForm(user);
        List<String> members = new java.util.ArrayList<>(others);
        members.add(0, user);
        return views.blend(home.blend(ctx.attribute("encore.ui.principal"), members));
    }

    /** True for a listener the model does not know who has not picked anything yet (the home then invites them). */
    private boolean needsPicks(String user) {
        try {
            return products.coldStart().isNew(user) && products.picks(user).isEmpty();
        } catch (ApiProblem noModel) {
            return false;
        }
    }

    private String onboardingForm(String user, String error) {
        var cold = products.coldStart();
        List<String[]> artists = cold.popularArtists(PICK_ARTISTS).stream().map(a -> new String[]{a, products.catalog().artistName(a)}).toList();
        return views.onboarding(user, cold.popularGenres(PICK_GENRES), artists, error);
    }

    /** Stores the picks and opens the home; too few or unknown picks show the form again with what to fix. */
    private void onboard(Context ctx) throws IOException {
        Optional<String> user = forUser(ctx);
        if (user.isEmpty()) return;
        Principal who = ctx.attribute("encore.ui.principal");
        try {
            home.onboard(user.get(), new dev.encore.products.onboarding.OnboardingPicks(ctx.formParams("artist"), ctx.formParams("genre")));
            ctx.redirect("/ui/u/" + Html.seg(user.get()) + "/home", io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (ApiProblem p) {
            try {
                ctx.status(p.status()).html(Layout.page("Pick your music", who, onboardingForm(user.get(), p.detail()), HEAD));
            } catch (ApiProblem none) {
                ctx.status(none.status()).html(Layout.problem(who, "Onboarding is not available", none.detail()));
            }
        }
    }

    private String year(String user, String year) {
        if (!year.matches("\\d{4}")) throw ApiProblem.badRequest("'" + year + "' is not a year: open /ui/u/" + user + "/year/2026");
        return views.year(products.review(user, Integer.parseInt(year)));
    }

    private void steer(Context ctx) throws IOException {
        Optional<String> user = forUser(ctx);
        if (user.isEmpty()) return;
        RadioSession s;
        try {
            s = products.radio(ctx.pathParam("session"));
            if (!s.userId().equals(user.get())) throw ApiProblem.forbidden("this radio session belongs to another listener");
            RadioSession.Signal signal = switch (ctx.pathParam("signal")) {
                case "like" -> RadioSession.Signal.LIKE;
                case "skip" -> RadioSession.Signal.SKIP;
                default -> throw ApiProblem.badRequest("radio signal must be like or skip");
            };
            products.radioFeedback(s, ctx.pathParam("track"), signal);
        } catch (ApiProblem p) {
            ctx.status(p.status()).html("<p class=\"notice\" id=\"radio\">" + Html.esc(p.detail()) + "</p>");
            return;
        }
        ctx.html(views.radioQueue(user.get(), s, products.radioNext(s, QUEUE)));
    }

    /** Opens a radio from the listener's taste, or from {@code ?track=} / {@code ?artist=} / {@code ?tag=}. */
    private RadioSession open(String user, Context ctx) {
        String track = ctx.queryParam("track"), artist = ctx.queryParam("artist"), tag = ctx.queryParam("tag");
        RadioSeed seed = track != null ? RadioSeed.track(track) : artist != null ? RadioSeed.artist(artist)
                : tag != null ? RadioSeed.tag(tag) : RadioSeed.taste(user);
        return products.openRadio(user, seed);
    }

    /** The path's user when the signed-in principal may act for them; else sign-in redirect or a 403 page. */
    private Optional<String> forUser(Context ctx) throws IOException {
        Optional<Principal> p = session.principal(ctx);
        if (p.isEmpty()) {
            if (ctx.header("HX-Request") != null) ctx.header("HX-Redirect", "/ui/signin").status(401);
            else ctx.redirect("/ui/signin");
            return Optional.empty();
        }
        ctx.attribute("encore.ui.principal", p.get());
        String user = ctx.pathParam("user");
        if (!p.get().mayActFor(user)) {
            ctx.status(403).html(Layout.problem(p.get(), "This page is not yours",
                    "You are signed in as " + (p.get().userId() == null ? "an " + p.get().role().wire() : p.get().userId())
                            + " and listeners can only open their own pages."));
            return Optional.empty();
        }
        return Optional.of(user);
    }

    private static void asset(Context ctx, String path, String type) throws IOException {
        try (InputStream in = UiRoutes.resource(path)) {
            if (in == null) throw new IllegalStateException("UI asset " + path + " is missing from the classpath; rebuild encore-server");
            ctx.contentType(type).header("Cache-Control", "public, max-age=300").result(in.readAllBytes());
        }
    }
}
