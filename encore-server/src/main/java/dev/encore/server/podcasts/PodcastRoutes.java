package dev.encore.server.podcasts;

import dev.encore.server.auth.Authenticator;
import dev.encore.server.http.ApiProblem;
import dev.encore.server.http.FieldError;
import dev.encore.server.http.Queries;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * {@code GET /api/v1/users/{id}/podcasts}: continue listening, new episodes since the last visit (or {@code ?since=}),
 * recommended shows and episodes; {@code ?k=} items per shelf (1–50, default 10). Listeners see only their own.
 */
public final class PodcastRoutes {
    private final PodcastService podcasts;
    private final Authenticator auth;

    public PodcastRoutes(PodcastService podcasts, Authenticator auth) {
        this.podcasts = podcasts;
        this.auth = auth;
    }

    public void register(JavalinDefaultRouting r) {
        r.get("/api/v1/users/{id}/podcasts", this::shelves);
    }

    private void shelves(Context ctx) throws Exception {
        String user = ctx.pathParam("id");
        Authenticator.checkActsFor(auth.require(ctx), user);
        int k = Queries.intParam(ctx, "k", 10, 1, 50);
        ctx.json(PodcastJson.shelves(user, podcasts.shelves(user, since(ctx.queryParam("since")), k)));
    }

    static Instant since(String s) {
        if (s == null || s.isBlank()) return null;
        try {
            return Instant.parse(s.trim());
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalid("since '" + s + "' is not an ISO-8601 UTC instant such as 2026-01-05T10:00:00Z",
                    List.of(FieldError.of("since", "ISO-8601 instant, e.g. 2026-01-05T10:00:00Z")));
        }
    }
}
