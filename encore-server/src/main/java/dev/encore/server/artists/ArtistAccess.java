package dev.encore.server.artists;

import dev.encore.server.auth.Principal;
import dev.encore.server.auth.Role;

import java.util.Optional;

/**
 * Who may read an artist's figures. An artist token's user id IS the artist's catalog id
 * ({@code encore token create --role artist --user ARTIST_ID}), so an artist reads only their own; an admin reads any;
 * listeners none. Shared by the JSON API and the console pages so both say no for the same reasons.
 */
public final class ArtistAccess {
    private ArtistAccess() {}

    /** Why {@code p} may not read {@code artistId}'s figures, or empty when they may. */
    public static Optional<String> denial(Principal p, String artistId) {
        if (p.role() == Role.ADMIN) return Optional.empty();
        if (p.role() != Role.ARTIST)
            return Optional.of("artist figures need an artist or admin token; yours is a " + p.role().wire() + " token");
        if (!artistId.equals(p.userId()))   // artist tokens always carry a user (TokenRepository requires it)
            return Optional.of("your artist token is for artist '" + p.userId() + "' and cannot read artist '" + artistId + "'");
        return Optional.empty();
    }
}
