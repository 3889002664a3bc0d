package dev.encore.server.prompt;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.encore.products.prompt.Conversation;
import dev.encore.products.prompt.PromptEngine;
import dev.encore.server.auth.Principal;
import dev.encore.server.auth.Role;
import dev.encore.server.auth.TokenRepository;
import dev.encore.server.http.ApiProblem;
import dev.encore.server.ui.Html;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;

import java.io.IOException;
import java.util.Optional;

/**
 * The prompt page {@code /ui/prompt}: a prompt box, the playlist with per-track reasons and the interpreted
 * constraints as chips, and a follow-up box that carries the conversation (a value) in a hidden field. Works as
 * plain forms; with htmx only the result section is swapped. Listeners prompt for themselves; an admin names the
 * listener with {@code ?user=}. Same session cookie as the other UI pages.
 */
public final class PromptPage {
    /** The UI's session cookie (see ui.UiSession): the API token, HttpOnly and SameSite=Strict, so forms need no CSRF token. */
    private static final String COOKIE = "encore_session";
    private final PromptService service;
    private final TokenRepository tokens;
    private final ObjectMapper json;

    public PromptPage(PromptService service, TokenRepository tokens, ObjectMapper json) {
        this.service = service;
        this.tokens = tokens;
        this.json = json;
    }

    public void register(JavalinDefaultRouting r) {
        r.get("/ui/prompt", ctx -> handle(ctx, false));
        r.post("/ui/prompt", ctx -> handle(ctx, true));
        r.post("/ui/prompt/refine", this::refine);
        r.get("/ui/static/prompt.css", ctx -> ctx.contentType("text/css; charset=utf-8").header("Cache-Control", "public, max-age=300").result(PromptViews.CSS));
    }

    private void handle(Context ctx, boolean submit) throws IOException {
        Principal who = principal(ctx);
        if (who == null) return;
        String user = user(ctx, who);
        if (user == null) return;
        String prompt = submit ? Optional.ofNullable(ctx.formParam("prompt")).orElse("") : Optional.ofNullable(ctx.queryParam("q")).orElse("");
        String result = "";
        int status = 200;
        if (!prompt.isBlank()) {
            try {
                result = PromptViews.result(user, service.create(user, prompt), json);
            } catch (ApiProblem p) {
                status = p.status();
                result = PromptViews.problem(p.getMessage());
            }
        } else if (submit) {
            status = 422;
            result = PromptViews.problem("Describe the playlist first, e.g. \"chill indie for a rainy Sunday, 2 hours\".");
        }
        respond(ctx, who, user, prompt, result, status);
    }

    private void refine(Context ctx) throws IOException {
        Principal who = principal(ctx);
        if (who == null) return;
        String user = user(ctx, who);
        if (user == null) return;
        String result;
        int status = 200;
        try {
            String raw = Optional.ofNullable(ctx.formParam("conversation")).orElse("");
            Conversation c = PromptJson.conversation(json, raw.isBlank() ? null : json.readTree(raw));
            PromptEngine.Turn t = service.refine(user, c, Optional.ofNullable(ctx.formParam("followUp")).orElse(""));
            result = PromptViews.result(user, t, json);
        } catch (ApiProblem p) {
            status = p.status();
            result = PromptViews.problem(p.getMessage());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            status = 400;
            result = PromptViews.problem("The conversation field is not JSON; start again with a new prompt.");
        }
        respond(ctx, who, user, "", result, status);
    }

    /** htmx swaps only the result (with status 200 so it shows errors too); a plain form post gets the whole page. */
    private static void respond(Context ctx, Principal who, String user, String prompt, String result, int status) {
        if (ctx.header("HX-Request") != null) {
            ctx.html(result.isEmpty() ? "<section id=\"prompt-result\"></section>" : result);
            return;
        }
        ctx.status(status).html(PromptViews.page(who, user, prompt, result));
    }

    private Principal principal(Context ctx) throws IOException {
        String token = ctx.cookie(COOKIE);
        Optional<Principal> p = token == null || token.isBlank() ? Optional.empty() : tokens.find(token.trim());
        if (p.isEmpty()) {
            if (ctx.header("HX-Request") != null) ctx.header("HX-Redirect", "/ui/signin").status(401);
            else ctx.redirect("/ui/signin");
            return null;
        }
        return p.get();
    }

    /** Listeners prompt for themselves; admins must say for whom (?user= or the form's user field). */
    private static String user(Context ctx, Principal who) {
        String asked = Optional.ofNullable(ctx.formParam("user")).orElse(ctx.queryParam("user"));
        if (who.role() != Role.ADMIN) {
            if (who.userId() == null || (asked != null && !asked.isBlank() && !asked.equals(who.userId()))) {
                ctx.status(403).html(PromptViews.page(who, null, "", PromptViews.problem("Listeners can only make playlists for themselves.")));
                return null;
            }
            return who.userId();
        }
        if (asked == null || asked.isBlank()) {
            ctx.html(PromptViews.page(who, null, "", PromptViews.problem("Signed in as admin: open /ui/prompt?user=ID to prompt for a listener.")));
            return null;
        }
        return asked;
    }

}
