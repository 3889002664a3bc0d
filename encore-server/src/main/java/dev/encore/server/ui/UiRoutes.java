package dev.encore.server.ui;

import dev.encore.core.domain.ListenEvent;
import dev.encore.server.auth.Principal;
import dev.encore.server.auth.Role;
import dev.encore.server.auth.TokenRepository;
import dev.encore.server.events.EventIngest;
import dev.encore.server.http.HttpMetrics;
import dev.encore.server.serving.ModelHolder;
import dev.encore.server.serving.Recommendations;
import dev.encore.store.EncoreStore;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The web UI under {@code /ui}: sign-in (token, or a sample listener in demo mode), the listener's pages, the operator
 * page, and the static shell (CSS, PWA manifest, service worker, htmx from its WebJar). Anonymous visitors are sent to
 * sign in; a listener opening another listener's pages gets a 403 page.
 */
public final class UiRoutes {
    private final UiSession session;
    private final ListenerPages listener;
    private final OperatorPage operator;
    private final ModelHolder models;
    private final EventIngest ingest;
    private final DemoListeners demo;   // null unless the server runs in demo mode
    private final Clock clock;

    public UiRoutes(ModelHolder models, Recommendations recs, EventIngest ingest, EncoreStore store, TokenRepository tokens,
                    HttpMetrics metrics, boolean demo, Clock clock) {
        this.session = new UiSession(tokens);
        this.listener = new ListenerPages(models, recs, store);
        this.operator = new OperatorPage(models, store, metrics);
        this.models = models;
        this.ingest = ingest;
        this.demo = demo ? new DemoListeners(models, tokens) : null;
        this.clock = clock;
    }

    public void register(JavalinDefaultRouting r) {
        r.get("/", ctx -> ctx.redirect("/ui"));
        r.get("/ui", this::landing);
        r.get("/ui/signin", ctx -> ctx.html(SignInPage.render(demo == null ? null : demo.samples(), null)));
        r.post("/ui/signin", this::signIn);
        r.post("/ui/demo/signin", this::demoSignIn);
        r.post("/ui/signout", ctx -> {
            session.signOut(ctx);
            ctx.redirect("/ui/signin", io.javalin.http.HttpStatus.SEE_OTHER);
        });
        r.get("/ui/u/{user}", ctx -> forUser(ctx).ifPresent(u -> ctx.html(Layout.page("Home", who(ctx), listener.home(u)))));
        r.get("/ui/u/{user}/recent", ctx -> forUser(ctx).ifPresent(u -> ctx.html(listener.recent(u))));
        r.post("/ui/u/{user}/play/{track}", this::play);
        r.post("/ui/u/{user}/simulate", this::simulate);
        r.get("/ui/track/{id}", ctx -> detail(ctx, listener.track(ctx.pathParam("id"), playUser(ctx)), "Track"));
        r.get("/ui/artist/{id}", ctx -> detail(ctx, listener.artist(ctx.pathParam("id"), playUser(ctx)), "Artist"));
        r.get("/ui/operator", ctx -> {
            if (admin(ctx).isPresent()) ctx.html(Layout.page("Operator", who(ctx), operator.body(ctx.queryParam("notice")), OperatorPage.SCRIPTS));
        });
        r.post("/ui/operator/models/{version}/activate", this::activate);
        Assets.register(r);
    }

    private void landing(Context ctx) throws IOException {
        Optional<Principal> p = signedIn(ctx);
        if (p.isEmpty()) return;
        if (p.get().role() == Role.ADMIN) ctx.redirect("/ui/operator");
        else if (p.get().role() == Role.LISTENER) ctx.redirect("/ui/u/" + java.net.URLEncoder.encode(p.get().userId(), java.nio.charset.StandardCharsets.UTF_8));
        else ctx.redirect("/ui/console");   // artists land on their console
    }

    private void signIn(Context ctx) throws IOException {
        String token = ctx.formParam("token");
        if (token == null || token.isBlank()) {
            ctx.status(400).html(SignInPage.render(demo == null ? null : demo.samples(), "Paste an API token (create one with: encore token create --role listener --user ID --data DIR)."));
            return;
        }
        if (session.signIn(ctx, token).isEmpty()) {
            ctx.status(401).html(SignInPage.render(demo == null ? null : demo.samples(), "That token is not known to this server: check it was copied whole, or create a new one."));
            return;
        }
        ctx.redirect("/ui", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void demoSignIn(Context ctx) throws IOException {
        if (demo == null) {   // outside demo mode the route exists only to say no
            ctx.status(404).html(Layout.problem(null, "Not available", "Sample listeners exist only when the server runs as 'encore demo'; sign in with a token."));
            return;
        }
        String user = ctx.formParam("user");
        Optional<String> token = user == null ? Optional.empty() : demo.tokenFor(user);
        if (token.isEmpty()) {
            ctx.status(400).html(SignInPage.render(demo.samples(), "Pick one of the sample listeners below."));
            return;
        }
        session.signIn(ctx, token.get());
        ctx.redirect("/ui", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void play(Context ctx) throws IOException {
        Optional<String> user = forUser(ctx);
        if (user.isEmpty()) return;
        String track = ctx.pathParam("track");
        record(user.get(), List.of(track), "ui");
        if ("recent".equals(ctx.header("HX-Target"))) ctx.html(listener.recent(user.get()));
        else ctx.html("Played ✓ (recorded a listen)");
    }

    private void simulate(Context ctx) throws IOException {
        Optional<String> user = forUser(ctx);
        if (user.isEmpty()) return;
        long seed;
        try {
            seed = Long.parseLong(ctx.formParamAsClass("seed", String.class).getOrDefault("42"));
        } catch (NumberFormatException e) {
            ctx.status(400).html("<p class=\"notice\">seed must be a whole number</p>");
            return;
        }
        record(user.get(), listener.sessionTracks(user.get(), 5, seed), "ui-simulator");
        ctx.html(listener.recent(user.get()));
    }

    /** Records plays through the same ingest path as {@code POST /api/v1/events}: durable first, then the real-time overlay. */
    private void record(String user, List<String> tracks, String source) throws IOException {
        Instant now = clock.instant();
        List<ListenEvent> listens = new ArrayList<>();
        for (int i = 0; i < tracks.size(); i++)   // a simulated session: one track per minute, ending now
            listens.add(ListenEvent.play(user, tracks.get(i), now.minusSeconds(60L * (tracks.size() - 1 - i)), source));
        ingest.ingest("ui", listens, List.of());
    }

    private void activate(Context ctx) throws IOException {
        if (admin(ctx).isEmpty()) return;
        String v = ctx.pathParam("version");
        String notice;
        try {
            models.activate(v);
            notice = "Now serving " + v;
        } catch (IOException | RuntimeException e) {
            notice = "Could not activate " + v + ": " + e.getMessage();
        }
        ctx.redirect("/ui/operator?notice=" + java.net.URLEncoder.encode(notice, java.nio.charset.StandardCharsets.UTF_8), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void detail(Context ctx, Optional<String> body, String kind) throws IOException {
        Optional<Principal> p = signedIn(ctx);
        if (p.isEmpty()) return;
        if (body.isEmpty()) ctx.status(404).html(Layout.problem(p.get(), kind + " not found", "No " + kind.toLowerCase() + " with id '" + ctx.pathParam("id") + "' is in the catalog."));
        else ctx.html(Layout.page(kind, p.get(), body.get()));
    }

    private String playUser(Context ctx) throws IOException {
        return session.principal(ctx).filter(p -> p.role() == Role.LISTENER).map(Principal::userId).orElse(null);
    }

    private Principal who(Context ctx) {
        return ctx.attribute("encore.ui.principal");
    }

    /** The principal, or empty after sending the visitor to sign in (htmx requests get an HX-Redirect). */
    private Optional<Principal> signedIn(Context ctx) throws IOException {
        Optional<Principal> p = session.principal(ctx);
        if (p.isPresent()) {
            ctx.attribute("encore.ui.principal", p.get());
            return p;
        }
        if (ctx.header("HX-Request") != null) ctx.header("HX-Redirect", "/ui/signin").status(401);
        else ctx.redirect("/ui/signin");
        return Optional.empty();
    }

    /** The path's user when the signed-in principal may act for them; otherwise a 403 page and empty. */
    private Optional<String> forUser(Context ctx) throws IOException {
        Optional<Principal> p = signedIn(ctx);
        if (p.isEmpty()) return Optional.empty();
        String user = ctx.pathParam("user");
        if (!p.get().mayActFor(user)) {
            ctx.status(403).html(Layout.problem(p.get(), "This page is not yours",
                    "You are signed in as " + (p.get().userId() == null ? "an " + p.get().role().wire() : p.get().userId())
                            + " and listeners can only open their own pages."));
            return Optional.empty();
        }
        return Optional.of(user);
    }

    private Optional<Principal> admin(Context ctx) throws IOException {
        Optional<Principal> p = signedIn(ctx);
        if (p.isEmpty()) return p;
        if (p.get().role() != Role.ADMIN) {
            ctx.status(403).html(Layout.problem(p.get(), "Operators only", "The operator page needs an admin token; yours is a " + p.get().role().wire() + " token."));
            return Optional.empty();
        }
        return p;
    }

    static InputStream resource(String path) {
        return UiRoutes.class.getClassLoader().getResourceAsStream(path);
    }
}
