package dev.encore.server.social;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.User;
import dev.encore.server.auth.Authenticator;
import dev.encore.server.auth.Principal;
import dev.encore.server.http.ApiProblem;
import dev.encore.server.http.Bodies;
import dev.encore.server.http.FieldError;
import dev.encore.store.EncoreStore;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Users over HTTP: {@code POST /api/v1/users} creates or updates one (201 when new; fields left out keep their
 * stored values), {@code GET /api/v1/users/{id}} reads it with its follow counts. A listener token acts only for
 * its own user; admin for anyone; artist tokens have no user records to manage.
 */
public final class UserRoutes {
    private static final int MAX_BODY = 16 * 1024, MAX_ID = 512;
    private static final List<String> FIELDS = List.of("id", "country", "timeZone", "createdAt");
    private final EncoreStore store;
    private final Authenticator auth;
    private final ObjectMapper json;
    private final Clock clock;

    public UserRoutes(EncoreStore store, Authenticator auth, ObjectMapper json, Clock clock) {
        this.store = store;
        this.auth = auth;
        this.json = json;
        this.clock = clock;
    }

    public void register(JavalinDefaultRouting r) {
        r.post("/api/v1/users", this::upsert);
        r.get("/api/v1/users/{id}", this::get);
    }

    private void upsert(Context ctx) throws Exception {
        Principal p = auth.require(ctx);
        JsonNode body = json.readTree(Bodies.read(ctx, MAX_BODY));
        if (body == null || !body.isObject())
            throw ApiProblem.badRequest("body must be a JSON object, e.g. {\"id\":\"u1\",\"country\":\"DE\",\"timeZone\":\"Europe/Berlin\"}");
        List<FieldError> errors = new ArrayList<>();
        for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) errors.add(FieldError.of(f, "unknown field; known fields: " + FIELDS));
        }
        String id = text(body, "id", errors);
        if (id == null && errors.stream().noneMatch(e -> e.field().equals("id"))) errors.add(FieldError.of("id", "is required"));
        if (id != null && id.length() > MAX_ID) errors.add(FieldError.of("id", "is longer than " + MAX_ID + " characters"));
        String country = text(body, "country", errors);
        if (country != null && !country.matches("[A-Za-z]{2}")) errors.add(FieldError.of("country", "must be an ISO 3166 two-letter code, e.g. DE"));
        String zone = text(body, "timeZone", errors);
        if (zone != null) {
            try {
                zone = ZoneId.of(zone).getId();
            } catch (DateTimeException e) {
                errors.add(FieldError.of("timeZone", "'" + zone + "' is not a time zone; use an IANA name such as Europe/Berlin"));
            }
        }
        if (body.has("createdAt")) errors.add(FieldError.of("createdAt", "is set by the server when the user is first created; leave it out"));
        if (!errors.isEmpty()) throw ApiProblem.invalid("the user is invalid; nothing was stored: fix the fields listed in errors", errors);
        Authenticator.checkActsFor(p, id);
        boolean created = !store.users().exists(id);
        // createdAt is only ever set once: an update passes null, which keeps the stored value.
        store.users().upsert(new User(id, country == null ? null : country.toUpperCase(Locale.ROOT), created ? clock.instant() : null, zone, "api"));
        ctx.status(created ? 201 : 200).json(user(store.users().user(id).orElseThrow()));
    }

    private void get(Context ctx) throws Exception {
        String id = ctx.pathParam("id");
        Authenticator.checkActsFor(auth.require(ctx), id);
        User u = store.users().user(id).orElseThrow(() -> ApiProblem.notFound("there is no user '" + id
                + "'; create it with POST /api/v1/users {\"id\":\"" + id + "\"}"));
        ctx.json(user(u));
    }

    private Map<String, Object> user(User u) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", u.id());
        if (u.country() != null) o.put("country", u.country());
        if (u.timeZone() != null) o.put("timeZone", u.timeZone());
        if (u.created() != null) o.put("createdAt", u.created().toString());
        o.put("following", store.social().following(u.id()).size());
        o.put("followers", store.social().followerCount(ItemKind.USER, u.id()));
        return o;
    }

    private static String text(JsonNode body, String name, List<FieldError> errors) {
        JsonNode v = body.get(name);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual() || v.asText().isBlank()) {
            errors.add(FieldError.of(name, "must be a non-empty string"));
            return null;
        }
        return v.asText().trim();
    }
}
