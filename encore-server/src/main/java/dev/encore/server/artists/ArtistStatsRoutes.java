package dev.encore.server.artists;

import dev.encore.core.domain.Artist;
import dev.encore.server.auth.Authenticator;
import dev.encore.server.auth.Principal;
import dev.encore.server.http.ApiProblem;
import dev.encore.store.ArtistStats;
import dev.encore.store.EncoreStore;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /api/v1/artists/{id}/stats}: an artist's streams and listeners per track, per week and per country. */
public final class ArtistStatsRoutes {
    private final EncoreStore store;
    private final Authenticator auth;

    public ArtistStatsRoutes(EncoreStore store, Authenticator auth) {
        this.store = store;
        this.auth = auth;
    }

    public void register(JavalinDefaultRouting r) {
        r.get("/api/v1/artists/{id}/stats", this::stats);
    }

    private void stats(Context ctx) throws Exception {
        Principal p = auth.require(ctx);
        String id = ctx.pathParam("id");
        ArtistAccess.denial(p, id).ifPresent(why -> {
            throw ApiProblem.forbidden(why);
        });
        ctx.json(report(store, id));
    }

    /** The report as the API returns it (the console page draws from the same figures); 404 for an unknown artist. */
    public static Map<String, Object> report(EncoreStore store, String id) {
        Artist artist = store.catalog().artist(id).orElseThrow(() -> ApiProblem.notFound(
                "no artist '" + id + "' in the catalog; check the id against the catalog (an artist's page is /ui/artist/{id})"));
        ArtistStats.Report r = store.artistStats().of(id);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("artist", id);
        out.put("name", artist.name());
        out.put("streams", r.streams());
        out.put("listeners", r.listeners());
        out.put("firstStream", r.first());
        out.put("lastStream", r.last());
        out.put("tracks", r.tracks());
        out.put("weeks", r.weeks());
        out.put("countries", r.countries());
        out.put("unknownCountryListeners", r.unknownCountry());
        return out;
    }
}
