package dev.encore.server.auth;

import dev.encore.server.http.ApiProblem;
import io.javalin.http.Context;

import java.io.IOException;
import java.util.Optional;

/**
 * Resolves the {@code Authorization} header ({@code Bearer <token>} or ListenBrainz's {@code Token <token>}) to a
 * principal, applies the per-token rate limit and stores the principal on the request for handlers and the log.
 */
public final class Authenticator {
    public static final String ATTRIBUTE = "encore.principal";
    private final TokenRepository tokens;
    private final RateLimiter limiter;

    public Authenticator(TokenRepository tokens, RateLimiter limiter) {
        this.tokens = tokens;
        this.limiter = limiter;
    }

    /** The presented token, or empty when the header is absent or not Bearer/Token. */
    public static Optional<String> presented(Context ctx) {
        String h = ctx.header("Authorization");
        if (h == null) return Optional.empty();
        h = h.trim();
        for (String scheme : new String[]{"Bearer ", "Token "}) {
            if (h.regionMatches(true, 0, scheme, 0, scheme.length())) {
                String t = h.substring(scheme.length()).trim();
                return t.isEmpty() ? Optional.empty() : Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** Looks the token up without failing the request (for ListenBrainz's validate-token). */
    public Optional<Principal> lookup(String token) throws IOException {
        return tokens.find(token);
    }

    /** Authenticates and rate-limits the request, or throws a 401/429 problem. */
    public Principal require(Context ctx) throws IOException {
        Principal known = ctx.attribute(ATTRIBUTE);
        if (known != null) return known;
        String token = presented(ctx).orElseThrow(() -> ApiProblem.unauthorized(
                "send an API token as 'Authorization: Bearer <token>' (create one with: encore token create --role listener --user ID --data DIR)"));
        Principal p = tokens.find(token).orElseThrow(() -> ApiProblem.unauthorized(
                "the API token is not known to this server; check it was copied whole, or create a new one"));
        long wait = limiter.acquire(p.tokenId());
        if (wait > 0) throw ApiProblem.rateLimited(wait);
        ctx.attribute(ATTRIBUTE, p);
        return p;
    }

    /** Fails with 403 unless the principal may act for {@code userId}. */
    public static void checkActsFor(Principal p, String userId) {
        if (!p.mayActFor(userId))
            throw ApiProblem.forbidden("a " + p.role().wire() + " token" + (p.userId() == null ? "" : " for user '" + p.userId() + "'")
                    + " cannot access user '" + userId + "'; listeners may only access their own data");
    }

    public static void checkAdmin(Principal p) {
        if (p.role() != Role.ADMIN) throw ApiProblem.forbidden("this endpoint needs an admin token; yours is a " + p.role().wire() + " token");
    }
}
