package dev.encore.server.catalog;

import dev.encore.core.domain.Album;
import dev.encore.core.domain.Artist;
import dev.encore.core.domain.Track;
import dev.encore.server.auth.Principal;
import dev.encore.server.auth.Role;
import dev.encore.server.http.ApiProblem;
import dev.encore.server.http.FieldError;
import dev.encore.store.CatalogRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who may write which catalog entries. Admin tokens write anything; listener tokens nothing. An artist token
 * (created with {@code --role artist --user ARTIST_ID}) owns the artist whose id is its user id and the tracks
 * and albums whose primary (first) artist that is: it may upsert those only, a new track or album must name it
 * first in {@code artistIds}, and a stored one must already have it first (so an artist cannot take over
 * another's entry by crediting themselves); an update of its own may leave artistIds out. Shows and episodes
 * are admin-only.
 */
final class CatalogOwnership {
    private static final int MAX_ERRORS = 100;

    private CatalogOwnership() {}

    /** Throws 403 naming every record (index, field) the principal may not write; nothing is written then. */
    static void check(Principal p, CatalogKind kind, List<Object> records, boolean single, CatalogRepository stored) {
        if (p.role() == Role.ADMIN) return;
        if (p.role() == Role.LISTENER)
            throw ApiProblem.forbidden("listener tokens cannot change the catalog; use an artist token for your own entries or an admin token");
        String me = p.userId();
        if (me == null) throw ApiProblem.forbidden("this artist token names no artist; create one with: encore token create --role artist --user ARTIST_ID");
        if (kind == CatalogKind.SHOWS || kind == CatalogKind.EPISODES)
            throw ApiProblem.forbidden("artist tokens cannot change " + kind.path() + "; use an admin token");
        List<FieldError> errors = new ArrayList<>();
        Map<String, Track> tracks = kind == CatalogKind.TRACKS
                ? stored.tracks(records.stream().map(r -> ((Track) r).id()).toList()) : Map.of();
        for (int i = 0; i < records.size() && errors.size() < MAX_ERRORS; i++) {
            Integer index = single ? null : i;
            Object r = records.get(i);
            if (r instanceof Artist a) {
                if (!a.id().equals(me)) errors.add(new FieldError(index, "id", "is not your artist id '" + me + "'"));
            } else if (r instanceof Track t) {
                Track old = tracks.get(t.id());
                check(errors, index, me, t.primaryArtistId(), old != null, old == null ? null : old.primaryArtistId(), "track");
            } else if (r instanceof Album a) {
                Optional<Album> old = stored.album(a.id());
                check(errors, index, me, first(a.artistIds()), old.isPresent(), old.map(o -> first(o.artistIds())).orElse(null), "album");
            }
        }
        if (!errors.isEmpty())
            throw new ApiProblem(403, "forbidden", "Forbidden", "artist '" + me + "' may only write its own artist entry and the "
                    + "tracks and albums it is the primary artist of; " + errors.size() + (errors.size() >= MAX_ERRORS ? "+" : "")
                    + " record(s) are not yours, nothing was stored", errors, List.of());
    }

    /**
     * {@code primary}: the record's first artist (null when it sends no artistIds, keeping the stored ones);
     * {@code storedPrimary}: the stored record's first artist when {@code exists} (null when it has none).
     */
    private static void check(List<FieldError> errors, Integer index, String me, String primary, boolean exists,
                              String storedPrimary, String what) {
        if (primary != null ? !me.equals(primary) : !exists)
            errors.add(new FieldError(index, "artistIds", "must name your artist id '" + me + "' first (the primary artist owns a " + what + ")"));
        if (exists && !me.equals(storedPrimary))
            errors.add(new FieldError(index, "id", "this " + what + " is stored with primary artist "
                    + (storedPrimary == null ? "(none)" : "'" + storedPrimary + "'") + "; only that artist or an admin may change it"));
    }

    private static String first(List<String> ids) {
        return ids.isEmpty() ? null : ids.get(0);
    }
}
