package dev.encore.server.products;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.encore.core.domain.Feedback;
import dev.encore.core.domain.FeedbackType;
import dev.encore.core.domain.ItemKind;
import dev.encore.products.TasteControls;
import dev.encore.products.blend.Blend;
import dev.encore.products.home.Home;
import dev.encore.products.home.Shelf;
import dev.encore.products.home.ShelfEntry;
import dev.encore.products.onboarding.ColdStart;
import dev.encore.products.onboarding.OnboardingPicks;
import dev.encore.products.radio.RadioSeed;
import dev.encore.server.auth.Authenticator;
import dev.encore.server.auth.Principal;
import dev.encore.server.http.ApiProblem;
import dev.encore.server.http.Bodies;
import dev.encore.server.http.FieldError;
import dev.encore.server.http.Queries;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Home, release radar, the time-of-day mix, blends, onboarding and taste controls over HTTP. Listeners reach only
 * their own data (admins anyone's); blends follow {@link HomeProducts#blend}'s member rule.
 */
public final class HomeRoutes {
    private static final int MAX_BODY = 16 * 1024;
    private final HomeProducts home;
    private final Authenticator auth;
    private final ObjectMapper json;

    public HomeRoutes(HomeProducts home, Authenticator auth, ObjectMapper json) {
        this.home = home;
        this.auth = auth;
        this.json = json;
    }

    public void register(JavalinDefaultRouting r) {
        r.get("/api/v1/users/{id}/home", this::homePage);
        r.get("/api/v1/users/{id}/release-radar", ctx -> ctx.json(ProductJson.playlist(home.releaseRadar(user(ctx)), home.products().catalog())));
        r.get("/api/v1/users/{id}/daylist", ctx -> ctx.json(ProductJson.playlist(home.daylist(user(ctx)), home.products().catalog())));
        r.get("/api/v1/blends", this::blend);
        r.post("/api/v1/users/{id}/onboarding", this::onboard);
        r.get("/api/v1/users/{id}/taste-controls", ctx -> ctx.json(controls(user(ctx))));
        r.post("/api/v1/users/{id}/taste-controls", this::addControl);
        r.delete("/api/v1/users/{id}/taste-controls/{action}/{kind}/{item}", this::removeControl);
    }

    private String user(Context ctx) throws Exception {
        String user = ctx.pathParam("id");
        Authenticator.checkActsFor(auth.require(ctx), user);
        return user;
    }

    private void homePage(Context ctx) throws Exception {
        String user = user(ctx);
        Home.Result r = home.home(user);
        List<Map<String, Object>> shelves = new ArrayList<>();
        for (Shelf s : r.shelves()) shelves.add(shelf(s));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("user", user);
        out.put("shelves", shelves);
        out.put("unavailable", r.unavailable());
        ctx.json(out);
    }

    static Map<String, Object> shelf(Shelf s) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", s.id());
        o.put("position", s.position());
        o.put("title", s.title());
        o.put("subtitle", s.subtitle());
        o.put("playlist", s.playlistId());
        List<Map<String, Object>> entries = new ArrayList<>();
        for (ShelfEntry e : s.entries()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("kind", e.kind());
            x.put("id", e.id());
            x.put("title", e.title());
            x.put("subtitle", e.subtitle());
            x.put("reason", e.reason());
            entries.add(x);
        }
        o.put("entries", entries);
        return o;
    }

    private void blend(Context ctx) throws Exception {
        Principal p = auth.require(ctx);
        List<String> users = Queries.listParam(ctx, "users");
        if (users.isEmpty())
            throw ApiProblem.invalid("query parameter users is missing: list 2 to 10 listener ids, e.g. /api/v1/blends?users=u1,u2",
                    List.of(FieldError.of("users", "2 to 10 comma-separated listener ids")));
        Blend.Result r = home.blend(p, users);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("members", r.members());
        out.put("tasteMatch", r.tasteMatch());
        out.put("contributions", r.contributions());
        out.put("playlist", ProductJson.playlist(r.playlist(), home.products().catalog()));
        ctx.json(out);
    }

    private void onboard(Context ctx) throws Exception {
        String user = user(ctx);
        JsonNode body = json.readTree(Bodies.read(ctx, MAX_BODY));
        OnboardingPicks picks = new OnboardingPicks(strings(body, "artists"), strings(body, "genres"));
        ColdStart cold = home.onboard(user, picks);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("user", user);
        out.put("picks", Map.of("artists", picks.artists(), "genres", picks.genres()));
        out.put("discovery", ProductJson.playlist(home.products().discoveryWeekly(user), home.products().catalog()));
        List<String> radio = new ArrayList<>();
        for (RadioSeed s : cold.radioSeeds(picks)) radio.add(s.kind().name().toLowerCase(Locale.ROOT) + ":" + s.value());
        out.put("radio", radio);
        out.put("home", "/api/v1/users/" + user + "/home");
        ctx.status(201).json(out);
    }

    private static List<String> strings(JsonNode body, String field) {
        JsonNode v = body == null ? null : body.get(field);
        if (v == null || v.isNull()) return List.of();
        if (!v.isArray())
            throw ApiProblem.invalid("field '" + field + "' must be an array of strings, e.g. {\"" + field + "\":[\"...\"]}", List.of(FieldError.of(field, "array of strings")));
        List<String> out = new ArrayList<>();
        for (JsonNode x : v) {
            if (!x.isTextual())
                throw ApiProblem.invalid("field '" + field + "' must hold strings only, got " + x, List.of(FieldError.of(field, "array of strings")));
            out.add(x.asText());
        }
        return out;
    }

    private Map<String, Object> controls(String user) {
        TasteControls c = home.products().controls().of(user);
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("user", user);
        o.put("hiddenTracks", new TreeSet<>(c.hiddenTracks()));
        o.put("hiddenArtists", new TreeSet<>(c.hiddenArtists()));
        o.put("excludedTracks", new TreeSet<>(c.excludedFromTaste()));
        o.put("excludedPlaylists", new TreeSet<>(c.excludedPlaylists()));
        o.put("excludedContexts", new TreeSet<>(c.excludedContexts()));
        return o;
    }

    private void addControl(Context ctx) throws Exception {
        String user = user(ctx);
        JsonNode body = json.readTree(Bodies.read(ctx, MAX_BODY));
        Feedback f = control(user, text(body, "action"), text(body, "kind"), text(body, "id"), true);
        home.products().record("taste-controls", List.of(f));
        ctx.status(201).json(controls(user));
    }

    private void removeControl(Context ctx) throws Exception {
        String user = user(ctx);
        Feedback f = control(user, ctx.pathParam("action"), ctx.pathParam("kind"), ctx.pathParam("item"), false);
        home.products().record("taste-controls", List.of(f));
        ctx.json(controls(user));
    }

    /** The feedback that records a control: hide track|artist, exclude track|playlist|context (see StoreTasteControls). */
    private Feedback control(String user, String action, String kind, String id, boolean active) {
        String a = action.trim().toLowerCase(Locale.ROOT), k = kind.trim().toLowerCase(Locale.ROOT);
        java.time.Instant now = home.products().clock().instant();
        return switch (a + " " + k) {
            case "hide track" -> new Feedback(user, ItemKind.TRACK, id, FeedbackType.HIDE, now, active);
            case "hide artist" -> new Feedback(user, ItemKind.ARTIST, id, FeedbackType.HIDE, now, active);
            case "exclude track" -> new Feedback(user, ItemKind.TRACK, id, FeedbackType.EXCLUDE, now, active);
            case "exclude playlist" -> new Feedback(user, ItemKind.PLAYLIST, id, FeedbackType.EXCLUDE, now, active);
            case "exclude context" -> new Feedback(user, ItemKind.PLAYLIST, StoreTasteControls.CONTEXT_PREFIX + id.trim().toLowerCase(Locale.ROOT),
                    FeedbackType.EXCLUDE, now, active);
            default -> throw ApiProblem.invalid("'" + action + " " + kind + "' is not a taste control; use action hide with kind track or artist, "
                    + "or action exclude with kind track, playlist or context", List.of(FieldError.of("kind", "hide: track|artist; exclude: track|playlist|context")));
        };
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank())
            throw ApiProblem.invalid("field '" + field + "' is missing or not a string: send e.g. {\"action\":\"exclude\",\"kind\":\"context\",\"id\":\"sleep\"}",
                    List.of(FieldError.of(field, "a non-blank string")));
        return v.asText();
    }
}
