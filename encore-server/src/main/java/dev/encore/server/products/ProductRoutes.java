package dev.encore.server.products;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.encore.core.domain.Playlist;
import dev.encore.products.radio.RadioSeed;
import dev.encore.products.radio.RadioSession;
import dev.encore.server.auth.Authenticator;
import dev.encore.server.auth.Principal;
import dev.encore.server.http.ApiProblem;
import dev.encore.server.http.Bodies;
import dev.encore.server.http.FieldError;
import dev.encore.server.http.Queries;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The listener products over HTTP: weekly discovery, daily mixes, the yearly review, radio sessions (open, next,
 * like/skip) and playlist exports. Listeners reach only their own data (admins anyone's); radio sessions belong to
 * the listener who opened them.
 */
public final class ProductRoutes {
    private static final int MAX_BODY = 16 * 1024, FIRST_TRACKS = 10;
    private final ListenerProducts products;
    private final PlaylistExports exports;
    private final Authenticator auth;
    private final ObjectMapper json;

    public ProductRoutes(ListenerProducts products, Authenticator auth, ObjectMapper json) {
        this.products = products;
        this.exports = new PlaylistExports(products.catalog(), json);
        this.auth = auth;
        this.json = json;
    }

    public void register(JavalinDefaultRouting r) {
        r.get("/api/v1/users/{id}/discovery-weekly", ctx -> ctx.json(ProductJson.playlist(products.discoveryWeekly(user(ctx)), products.catalog())));
        r.get("/api/v1/users/{id}/daily-mixes", this::mixes);
        r.get("/api/v1/users/{id}/review/{year}", this::review);
        r.post("/api/v1/radio", this::open);
        r.get("/api/v1/radio/{session}/next", this::next);
        r.post("/api/v1/radio/{session}/feedback", this::feedback);
        r.get("/api/v1/playlists/{file}", this::export);
    }

    /** The path's user after checking the token may act for them. */
    private String user(Context ctx) throws Exception {
        String user = ctx.pathParam("id");
        Authenticator.checkActsFor(auth.require(ctx), user);
        return user;
    }

    private void mixes(Context ctx) throws Exception {
        String user = user(ctx);
        List<Map<String, Object>> mixes = products.dailyMixes(user).stream().map(p -> {
            Map<String, Object> json = ProductJson.playlist(p, products.catalog());
            @SuppressWarnings("unchecked") List<Map<String, Object>> items = (List<Map<String, Object>>) json.get("items");
            ProductJson.labelPromoted(items, track -> products.promotedCampaign(user, track));
            return json;
        }).toList();
        ctx.json(Map.of("user", user, "mixes", mixes));
    }

    private void review(Context ctx) throws Exception {
        String user = user(ctx);
        String y = ctx.pathParam("year");
        if (!y.matches("\\d{4}"))
            throw ApiProblem.invalid("year '" + y + "' must be a four-digit year, e.g. /review/2026", List.of(FieldError.of("year", "four digits")));
        ctx.json(ProductJson.review(products.review(user, Integer.parseInt(y))));
    }

    private void open(Context ctx) throws Exception {
        Principal p = auth.require(ctx);
        JsonNode body = json.readTree(Bodies.read(ctx, MAX_BODY));
        String user = text(body, "user", "the listener's id, e.g. {\"user\":\"u1\",\"seed\":{\"type\":\"track\",\"id\":\"t1\"}}");
        Authenticator.checkActsFor(p, user);
        JsonNode seed = body.path("seed");
        String type = text(seed, "type", "seed.type: one of track, artist, tag, taste");
        RadioSeed.Kind kind;
        try {
            kind = RadioSeed.Kind.valueOf(type.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("seed.type '" + type + "' is unknown; use track, artist, tag or taste",
                    List.of(FieldError.of("seed.type", "one of track, artist, tag, taste")));
        }
        String id = kind == RadioSeed.Kind.TASTE && !seed.hasNonNull("id") ? user : text(seed, "id", "seed.id: the track id, artist id or tag to start from");
        int n = body.hasNonNull("n") ? body.get("n").asInt(-1) : FIRST_TRACKS;
        if (n < 1 || n > 100) throw ApiProblem.invalid("n must be from 1 to 100 tracks, got " + body.get("n"), List.of(FieldError.of("n", "1..100")));
        RadioSession s = products.openRadio(user, new RadioSeed(kind, id));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("session", s.id());
        out.put("user", user);
        out.put("items", ProductJson.labelPromoted(ProductJson.items(products.radioNext(s, n), products.catalog()),
                track -> products.promotedCampaign(s.userId(), track)));
        ctx.status(201).json(out);
    }

    /** The session after checking the token belongs to its listener. */
    private RadioSession session(Context ctx) throws Exception {
        Principal p = auth.require(ctx);
        RadioSession s = products.radio(ctx.pathParam("session"));
        Authenticator.checkActsFor(p, s.userId());
        return s;
    }

    private void next(Context ctx) throws Exception {
        RadioSession s = session(ctx);
        int n = Queries.intParam(ctx, "n", FIRST_TRACKS, 1, 100);
        ctx.json(Map.of("session", s.id(), "items", ProductJson.labelPromoted(ProductJson.items(products.radioNext(s, n), products.catalog()),
                track -> products.promotedCampaign(s.userId(), track))));
    }

    private void feedback(Context ctx) throws Exception {
        RadioSession s = session(ctx);
        JsonNode body = json.readTree(Bodies.read(ctx, MAX_BODY));
        String track = text(body, "track", "the track id the listener reacted to");
        String signal = text(body, "signal", "skip or like");
        RadioSession.Signal sig = switch (signal.trim().toLowerCase(Locale.ROOT)) {
            case "skip" -> RadioSession.Signal.SKIP;
            case "like" -> RadioSession.Signal.LIKE;
            default -> throw ApiProblem.invalid("signal '" + signal + "' is unknown; send skip or like", List.of(FieldError.of("signal", "skip or like")));
        };
        products.radioFeedback(s, track, sig);
        ctx.json(Map.of("session", s.id(), "track", track, "signal", sig.name().toLowerCase(Locale.ROOT), "recorded", true));
    }

    private void export(Context ctx) throws Exception {
        Principal p = auth.require(ctx);
        String file = ctx.pathParam("file");
        int dot = file.lastIndexOf('.');
        PlaylistExports.Format f = dot < 0 ? null : PlaylistExports.Format.ofExtension(file.substring(dot + 1));
        if (f == null)
            throw ApiProblem.notFound("'" + file + "' names no export; ask for /api/v1/playlists/{id}.jspf, .xspf or .m3u8");
        String id = file.substring(0, dot);
        Playlist pl = products.playlist(id).orElseThrow(() -> ApiProblem.notFound("no playlist '" + id
                + "'; generated playlists are stored when first served (discovery-weekly, daily-mixes)"));
        if (pl.ownerId() != null) Authenticator.checkActsFor(p, pl.ownerId());
        ctx.contentType(f.contentType + "; charset=utf-8").result(exports.write(pl, f));
    }

    private static String text(JsonNode node, String field, String hint) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank())
            throw ApiProblem.invalid("field '" + field + "' is missing or not a string: " + hint, List.of(FieldError.of(field, hint)));
        return v.asText();
    }
}
