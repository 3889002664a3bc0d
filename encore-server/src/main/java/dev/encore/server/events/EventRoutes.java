package dev.encore.server.events;

import dev.encore.server.auth.Authenticator;
import dev.encore.server.auth.Principal;
import dev.encore.server.auth.Role;
import dev.encore.server.http.ApiProblem;
import dev.encore.server.http.FieldError;
import dev.encore.server.http.Bodies;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/v1/events}: the whole batch is parsed, validated and authorised before anything is written;
 * the 200 reply comes after the commit. Listener tokens may post only their own user's events.
 */
public final class EventRoutes {
    private final EventBatchParser parser;
    private final EventIngest ingest;
    private final Authenticator auth;
    private final long maxBodyBytes;

    public EventRoutes(EventBatchParser parser, EventIngest ingest, Authenticator auth, long maxBodyBytes) {
        this.parser = parser;
        this.ingest = ingest;
        this.auth = auth;
        this.maxBodyBytes = maxBodyBytes;
    }

    public void register(JavalinDefaultRouting r) {
        r.post("/api/v1/events", this::post);
    }

    private void post(Context ctx) throws Exception {
        Principal p = auth.require(ctx);
        if (p.role() == Role.ARTIST) throw ApiProblem.forbidden("artist tokens cannot post listening events; use a listener or admin token");
        EventBatchParser.Batch batch = parser.parse(Bodies.stream(ctx, maxBodyBytes));
        checkOwnership(p, batch);
        EventSink.Written w;
        try {
            w = ingest.ingest("api", batch.listens(), batch.feedback());
        } catch (IOException e) {
            throw ApiProblem.unavailable("the events were not stored (" + e.getMessage() + "); nothing was written, retry the batch");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("received", batch.size());
        out.put("stored", w.newListens().size() + w.newFeedback().size());
        out.put("duplicates", w.duplicates());
        ctx.json(out);
    }

    private static void checkOwnership(Principal p, EventBatchParser.Batch batch) {
        if (p.role() == Role.ADMIN) return;
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < batch.users().size(); i++) {
            if (!batch.users().get(i).equals(p.userId())) errors.add(FieldError.at(i, "userId", "is not your user '" + p.userId() + "'"));
        }
        if (!errors.isEmpty())
            throw new ApiProblem(403, "forbidden", "Forbidden", "a listener token may only post its own user's events; "
                    + errors.size() + " event(s) name another user, nothing was stored", errors.subList(0, Math.min(100, errors.size())), List.of());
    }
}
