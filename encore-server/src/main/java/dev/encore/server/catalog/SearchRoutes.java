package dev.encore.server.catalog;

import dev.encore.core.domain.ItemKind;
import dev.encore.server.auth.Authenticator;
import dev.encore.server.http.ApiProblem;
import dev.encore.server.http.FieldError;
import dev.encore.server.http.Queries;
import dev.encore.store.CatalogSearch;
import dev.encore.store.EncoreStore;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /api/v1/search?q=&kind=&limit=&offset=}: full-text search over titles, artist names and tags
 * (see {@link CatalogSearch}: every word matches as a prefix, BM25 ranking). Any token may search.
 */
public final class SearchRoutes {
    static final int MAX_LIMIT = 100, MAX_OFFSET = 10_000;
    private final EncoreStore store;
    private final Authenticator auth;

    public SearchRoutes(EncoreStore store, Authenticator auth) {
        this.store = store;
        this.auth = auth;
    }

    public void register(JavalinDefaultRouting r) {
        r.get("/api/v1/search", this::search);
    }

    private void search(Context ctx) throws Exception {
        auth.require(ctx);
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank())
            throw ApiProblem.invalid("query parameter q is required: part of a title, an artist name or a tag, e.g. ?q=radioh",
                    List.of(FieldError.of("q", "is required")));
        Set<ItemKind> kinds = kinds(Queries.listParam(ctx, "kind"));
        int limit = Queries.intParam(ctx, "limit", 20, 1, MAX_LIMIT);
        int offset = Queries.intParam(ctx, "offset", 0, 0, MAX_OFFSET);
        List<CatalogSearch.Hit> hits;
        try {
            hits = store.search().search(q, kinds, limit, offset);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid(e.getMessage(), List.of(FieldError.of("q", "needs at least one letter or digit")));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("query", q);
        out.put("offset", offset);
        out.put("items", hits.stream().map(SearchRoutes::hit).toList());
        ctx.json(out);
    }

    /** Kinds named singular or plural ({@code track} or {@code tracks}); empty means every searchable kind. */
    private static Set<ItemKind> kinds(List<String> names) {
        Set<ItemKind> out = new LinkedHashSet<>();
        for (String n : names) {
            String s = n.toLowerCase(java.util.Locale.ROOT);
            ItemKind k = null;
            for (ItemKind c : CatalogSearch.searchable())
                if (s.equals(c.wire()) || s.equals(c.wire() + "s")) k = c;
            if (k == null)
                throw ApiProblem.invalid("query parameter kind='" + n + "' is not searchable; use track, artist, album, show or episode",
                        List.of(FieldError.of("kind", "one of track, artist, album, show, episode")));
            out.add(k);
        }
        return out;
    }

    private static Map<String, Object> hit(CatalogSearch.Hit h) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("kind", h.kind().wire());
        o.put("id", h.id());
        o.put("title", h.title());
        if (h.artists() != null) o.put("artists", h.artists());
        o.put("score", h.score());
        return o;
    }
}
