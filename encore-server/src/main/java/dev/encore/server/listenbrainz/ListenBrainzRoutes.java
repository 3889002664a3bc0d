package dev.encore.server.listenbrainz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.encore.server.auth.Authenticator;
import dev.encore.server.auth.Principal;
import dev.encore.server.events.EventIngest;
import dev.encore.server.http.Problems;
import dev.encore.server.http.Bodies;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * ListenBrainz-compatible {@code POST /1/submit-listens} and {@code GET /1/validate-token}, so existing scrobblers
 * work against Encore unchanged. Errors use ListenBrainz's shape {@code {"code": N, "error": "..."}} (see
 * {@code Problems}). A token's listens are stored for the token's user; {@code playing_now} is acknowledged but
 * not stored, as in ListenBrainz.
 */
public final class ListenBrainzRoutes {
    private final ListenPayloadParser parser;
    private final EventIngest ingest;
    private final Authenticator auth;
    private final ObjectMapper json;
    private final long maxBodyBytes;

    public ListenBrainzRoutes(ListenPayloadParser parser, EventIngest ingest, Authenticator auth, ObjectMapper json, long maxBodyBytes) {
        this.parser = parser;
        this.ingest = ingest;
        this.auth = auth;
        this.json = json;
        this.maxBodyBytes = maxBodyBytes;
    }

    public void register(JavalinDefaultRouting r) {
        r.post("/1/submit-listens", this::submit);
        r.get("/1/validate-token", this::validate);
        r.exception(ListenPayloadParser.LbError.class, (e, ctx) -> Problems.writeListenBrainz(ctx, json, e.code, e.getMessage()));
    }

    private void submit(Context ctx) throws Exception {
        if (Authenticator.presented(ctx).isEmpty())
            throw new ListenPayloadParser.LbError(401, "You need to provide an Authorization header.");
        Principal p = auth.require(ctx);
        if (p.userId() == null)
            throw new ListenPayloadParser.LbError(403, "This token belongs to no user; submit listens with a listener token.");
        JsonNode body;
        try {
            body = json.readTree(Bodies.read(ctx, maxBodyBytes));
        } catch (JsonProcessingException e) {
            throw new ListenPayloadParser.LbError(400, "Cannot parse JSON document: " + e.getOriginalMessage());
        }
        ListenPayloadParser.Parsed parsed = parser.parse(body, p.userId());
        try {
            if (!parsed.listens().isEmpty() || !parsed.newTracks().isEmpty())
                ingest.ingest("listenbrainz", parsed.newArtists(), parsed.newTracks(), parsed.listens(), List.of());
        } catch (IOException e) {
            throw new ListenPayloadParser.LbError(503, "Listens were not stored (" + e.getMessage() + "); please retry.");
        }
        ctx.json(Map.of("status", "ok"));
    }

    private void validate(Context ctx) throws Exception {
        Optional<String> token = Authenticator.presented(ctx).or(() -> Optional.ofNullable(ctx.queryParam("token")));
        if (token.isEmpty()) throw new ListenPayloadParser.LbError(400, "You need to provide an Authorization token.");
        Optional<Principal> p = auth.lookup(token.get());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("code", 200);
        out.put("message", p.isPresent() ? "Token valid." : "Token invalid.");
        out.put("valid", p.isPresent());
        p.ifPresent(x -> out.put("user_name", x.userId() == null ? x.role().wire() : x.userId()));
        ctx.json(out);
    }
}
