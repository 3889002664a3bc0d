package dev.encore.server.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.encore.core.domain.Album;
import dev.encore.core.domain.Artist;
import dev.encore.core.domain.Episode;
import dev.encore.core.domain.Show;
import dev.encore.core.domain.Track;
import dev.encore.server.auth.Authenticator;
import dev.encore.server.auth.Principal;
import dev.encore.server.auth.Role;
import dev.encore.server.http.ApiProblem;
import dev.encore.server.http.Bodies;
import dev.encore.server.http.FieldError;
import dev.encore.server.http.Queries;
import dev.encore.store.CatalogPages;
import dev.encore.store.CatalogRepository;
import dev.encore.store.CatalogUpserts;
import dev.encore.store.EncoreStore;
import dev.encore.store.StoreException;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalog over HTTP: upsert one record ({@code PUT /api/v1/catalog/{kind}/{id}}) or a batch of up to 10,000
 * ({@code POST /api/v1/catalog/{kind}}), get one, and list a collection in id order with cursors. A batch is
 * validated and authorised whole before anything is written, then stored in one transaction: a bad record rejects
 * the batch with its index and field, and nothing is applied. Upserts merge (fields left out keep stored values).
 * Reads need any token; writes follow {@link CatalogOwnership}.
 */
public final class CatalogRoutes {
    static final int MAX_BATCH = 10_000, MAX_PAGE = 1_000, DEFAULT_PAGE = 50;
    private static final int MAX_ERRORS = 100;
    private final EncoreStore store;
    private final Authenticator auth;
    private final ObjectMapper json;
    private final long maxBodyBytes;

    public CatalogRoutes(EncoreStore store, Authenticator auth, ObjectMapper json, long maxBodyBytes) {
        this.store = store;
        this.auth = auth;
        this.json = json;
        this.maxBodyBytes = maxBodyBytes;
    }

    public void register(JavalinDefaultRouting r) {
        r.post("/api/v1/catalog/{kind}", this::upsertBatch);
        r.get("/api/v1/catalog/{kind}", this::list);
        r.put("/api/v1/catalog/{kind}/{id}", this::upsertOne);
        r.get("/api/v1/catalog/{kind}/{id}", this::get);
    }

    private Principal writer(Context ctx) throws Exception {
        Principal p = auth.require(ctx);
        if (p.role() == Role.LISTENER)
            throw ApiProblem.forbidden("listener tokens cannot change the catalog; use an artist token for your own entries or an admin token");
        return p;
    }

    private void upsertBatch(Context ctx) throws Exception {
        Principal p = writer(ctx);
        CatalogKind kind = CatalogKind.fromPath(ctx.pathParam("kind"));
        JsonNode body = json.readTree(Bodies.read(ctx, maxBodyBytes));
        boolean single = body != null && body.isObject() && !body.has("items");
        JsonNode items = single ? null : body != null && body.isObject() ? body.get("items") : body;
        if (!single && (items == null || !items.isArray()))
            throw ApiProblem.badRequest("body must be one " + kind.item.wire() + " object, {\"items\": [ ... ]} or a JSON array of "
                    + kind.path() + "; 'items' must be an array");
        int n = single ? 1 : items.size();
        if (n > MAX_BATCH)
            throw new ApiProblem(413, "too-large", "Request too large", "batch has " + n + " " + kind.path() + "; at most "
                    + MAX_BATCH + " per request: split it, nothing was stored", List.of(FieldError.of("items", "has " + n
                    + " records; at most " + MAX_BATCH)), List.of());
        if (n == 0) throw ApiProblem.badRequest("'items' is empty; send at least one " + kind.item.wire());
        List<FieldError> errors = new ArrayList<>();
        List<Object> records = new ArrayList<>(n);
        for (int i = 0; i < n && errors.size() < MAX_ERRORS; i++)
            records.add(CatalogRecords.read(kind, single ? body : items.get(i), single ? null : i, errors));
        if (!errors.isEmpty())
            throw ApiProblem.invalid(errors.size() + (errors.size() >= MAX_ERRORS ? "+" : "") + " invalid " + kind.path()
                    + " record(s); nothing from this batch was stored: fix them and resend the whole batch", errors);
        CatalogOwnership.check(p, kind, records, single, store.catalog());
        apply(kind, records);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", kind.path());
        out.put("upserted", records.size());
        ctx.json(out);
    }

    private void upsertOne(Context ctx) throws Exception {
        Principal p = writer(ctx);
        CatalogKind kind = CatalogKind.fromPath(ctx.pathParam("kind"));
        String id = ctx.pathParam("id");
        JsonNode body = json.readTree(Bodies.read(ctx, maxBodyBytes));
        if (body == null || !body.isObject())
            throw ApiProblem.badRequest("body must be one " + kind.item.wire() + " as a JSON object");
        JsonNode given = body.get("id");
        if (given != null && !given.isNull() && !id.equals(given.asText()))
            throw ApiProblem.invalid("the body's id '" + given.asText() + "' differs from the path's '" + id
                    + "'; leave id out of the body or make them equal", List.of(FieldError.of("id", "must equal the path id '" + id + "'")));
        ((ObjectNode) body).put("id", id);
        List<FieldError> errors = new ArrayList<>();
        Object record = CatalogRecords.read(kind, body, null, errors);
        if (!errors.isEmpty())
            throw ApiProblem.invalid("the " + kind.item.wire() + " is invalid; nothing was stored: fix the fields listed in errors", errors);
        CatalogOwnership.check(p, kind, List.of(record), true, store.catalog());
        apply(kind, List.of(record));
        ctx.json(CatalogJson.of(load(kind, id).orElseThrow()));
    }

    private void apply(CatalogKind kind, List<Object> records) {
        List<Artist> artists = new ArrayList<>();
        List<Album> albums = new ArrayList<>();
        List<Track> tracks = new ArrayList<>();
        List<Show> shows = new ArrayList<>();
        List<Episode> episodes = new ArrayList<>();
        for (Object r : records) {
            switch (kind) {
                case ARTISTS -> artists.add((Artist) r);
                case ALBUMS -> albums.add((Album) r);
                case TRACKS -> tracks.add((Track) r);
                case SHOWS -> shows.add((Show) r);
                case EPISODES -> episodes.add((Episode) r);
            }
        }
        try {
            store.catalogUpserts().apply(new CatalogUpserts.Changes(artists, albums, tracks, shows, episodes));
        } catch (StoreException e) {
            throw ApiProblem.unavailable("the records were not stored (" + e.getMessage() + "); nothing was written, retry the request");
        }
    }

    private void get(Context ctx) throws Exception {
        auth.require(ctx);
        CatalogKind kind = CatalogKind.fromPath(ctx.pathParam("kind"));
        String id = ctx.pathParam("id");
        Object record = load(kind, id).orElseThrow(() -> ApiProblem.notFound("there is no " + kind.item.wire() + " '" + id
                + "' in the catalog; list them with GET /api/v1/catalog/" + kind.path() + " or search with GET /api/v1/search?q="));
        ctx.json(CatalogJson.of(record));
    }

    private Optional<?> load(CatalogKind kind, String id) {
        CatalogRepository c = store.catalog();
        return switch (kind) {
            case ARTISTS -> c.artist(id);
            case ALBUMS -> c.album(id);
            case TRACKS -> c.track(id);
            case SHOWS -> c.show(id);
            case EPISODES -> c.episode(id);
        };
    }

    private void list(Context ctx) throws Exception {
        auth.require(ctx);
        CatalogKind kind = CatalogKind.fromPath(ctx.pathParam("kind"));
        int limit = Queries.intParam(ctx, "limit", DEFAULT_PAGE, 1, MAX_PAGE);
        String after = Cursors.decode(ctx.queryParam("cursor"));
        CatalogPages pages = store.catalogPages();
        List<?> page = switch (kind) {   // one row more than asked tells whether another page follows
            case ARTISTS -> pages.artists(after, limit + 1);
            case ALBUMS -> pages.albums(after, limit + 1);
            case TRACKS -> pages.tracks(after, limit + 1);
            case SHOWS -> pages.shows(after, limit + 1);
            case EPISODES -> pages.episodes(after, limit + 1);
        };
        boolean more = page.size() > limit;
        List<Map<String, Object>> items = page.subList(0, Math.min(limit, page.size())).stream().map(CatalogJson::of).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", kind.path());
        out.put("items", items);
        out.put("next", more ? Cursors.encode((String) items.get(items.size() - 1).get("id")) : null);
        ctx.json(out);
    }
}
