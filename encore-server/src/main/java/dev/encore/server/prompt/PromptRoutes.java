package dev.encore.server.prompt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.encore.server.auth.Authenticator;
import dev.encore.server.auth.TokenRepository;
import dev.encore.server.http.ApiProblem;
import dev.encore.server.http.Bodies;
import dev.encore.server.http.FieldError;
import dev.encore.server.serving.ModelHolder;
import dev.encore.store.EncoreStore;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;

import java.io.IOException;
import java.time.Clock;
import java.util.List;

/**
 * Prompt playlists over HTTP: {@code POST /api/v1/users/{id}/prompt-playlists} {"prompt": "..."} and
 * {@code POST /api/v1/users/{id}/prompt-playlists/refine} {"conversation": {...}, "followUp": "..."}. Listeners act
 * for themselves only, admins for anyone. Bad prompts answer 422 problem+json saying where and how to fix.
 */
public final class PromptRoutes {
    static final int MAX_BODY = 64 * 1024, MAX_PROMPT = 1000;
    private final PromptService service;
    private final Authenticator auth;
    private final ObjectMapper json;

    public PromptRoutes(PromptService service, Authenticator auth, ObjectMapper json) {
        this.service = service;
        this.auth = auth;
        this.json = json;
    }

    /** Everything the prompt feature serves (API and the /ui/prompt page), wired from the server's parts: one line in EncoreServer. */
    public static void install(JavalinDefaultRouting r, EncoreStore store, ModelHolder models, Authenticator auth, TokenRepository tokens,
                               ObjectMapper json, Clock clock) {
        PromptService service = PromptService.standard(store, models, clock);
        new PromptRoutes(service, auth, json).register(r);
        new PromptPage(service, tokens, json).register(r);
    }

    public void register(JavalinDefaultRouting r) {
        r.post("/api/v1/users/{id}/prompt-playlists", this::create);
        r.post("/api/v1/users/{id}/prompt-playlists/refine", this::refine);
    }

    private String user(Context ctx) throws IOException {
        String user = ctx.pathParam("id");
        Authenticator.checkActsFor(auth.require(ctx), user);
        return user;
    }

    private void create(Context ctx) throws IOException {
        String user = user(ctx);
        JsonNode body = body(ctx);
        String prompt = text(body, "prompt", "describe the playlist, e.g. {\"prompt\":\"chill indie for a rainy Sunday, 2 hours\"}");
        ctx.status(201).json(PromptJson.turn(user, service.create(user, prompt)));
    }

    private void refine(Context ctx) throws IOException {
        String user = user(ctx);
        JsonNode body = body(ctx);
        String followUp = text(body, "followUp", "what to change, e.g. {\"conversation\":{...},\"followUp\":\"more upbeat\"}");
        ctx.json(PromptJson.turn(user, service.refine(user, PromptJson.conversation(json, body.get("conversation")), followUp)));
    }

    private JsonNode body(Context ctx) throws IOException {
        try {
            JsonNode n = json.readTree(Bodies.read(ctx, MAX_BODY));
            if (n == null || !n.isObject()) throw ApiProblem.badRequest("the body must be a JSON object, e.g. {\"prompt\":\"90s rock, 1 hour\"}");
            return n;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ApiProblem.badRequest("the body is not valid JSON (" + e.getOriginalMessage() + "); send e.g. {\"prompt\":\"90s rock, 1 hour\"}");
        }
    }

    static String text(JsonNode node, String field, String hint) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank())
            throw ApiProblem.invalid("field '" + field + "' is missing or not a string: " + hint, List.of(FieldError.of(field, hint)));
        if (v.asText().length() > MAX_PROMPT)
            throw ApiProblem.invalid("field '" + field + "' is " + v.asText().length() + " characters; keep it under " + MAX_PROMPT,
                    List.of(FieldError.of(field, "at most " + MAX_PROMPT + " characters")));
        return v.asText();
    }
}
