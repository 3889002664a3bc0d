package dev.encore.server.ui;

import dev.encore.server.auth.Principal;
import dev.encore.server.auth.TokenRepository;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

import java.io.IOException;
import java.util.Optional;

/**
 * The browser session is the API token itself in an HttpOnly, SameSite=Strict cookie scoped to {@code /ui}: scripts
 * cannot read it, other sites cannot send it (so UI forms need no CSRF token), and the JSON API keeps using
 * {@code Authorization: Token}.
 */
final class UiSession {
    static final String COOKIE = "encore_session";
    private final TokenRepository tokens;

    UiSession(TokenRepository tokens) {
        this.tokens = tokens;
    }

    Optional<Principal> principal(Context ctx) throws IOException {
        String token = ctx.cookie(COOKIE);
        return token == null || token.isBlank() ? Optional.empty() : tokens.find(token.trim());
    }

    Optional<Principal> signIn(Context ctx, String token) throws IOException {
        Optional<Principal> p = tokens.find(token.trim());
        p.ifPresent(x -> {
            Cookie c = new Cookie(COOKIE, token.trim(), "/ui", -1, ctx.req().isSecure(), 0, true, null, null, SameSite.STRICT);
            ctx.cookie(c);
        });
        return p;
    }

    void signOut(Context ctx) {
        ctx.cookie(new Cookie(COOKIE, "", "/ui", 0, ctx.req().isSecure(), 0, true, null, null, SameSite.STRICT));
    }
}
