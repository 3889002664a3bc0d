package dev.encore.server.ui;

import dev.encore.server.auth.Principal;
import dev.encore.server.auth.TokenRepository;
import io.javalin.http.Context;

import java.io.IOException;
import java.util.Optional;

/**
 * The signed-in principal of a UI request for pages outside this package (the artist console): the same session
 * cookie as {@link UiSession}, so every page agrees on who is signed in. Anonymous visitors are sent to sign in
 * (htmx requests get an HX-Redirect) and get empty.
 */
public final class UiPrincipal {
    /** The request attribute the shared pages read the principal from. */
    public static final String ATTRIBUTE = "encore.ui.principal";
    private final UiSession session;

    public UiPrincipal(TokenRepository tokens) {
        this.session = new UiSession(tokens);
    }

    /** The signed-in principal, or empty; never redirects. */
    public Optional<Principal> peek(Context ctx) throws IOException {
        return session.principal(ctx);
    }

    public Optional<Principal> require(Context ctx) throws IOException {
        Optional<Principal> p = session.principal(ctx);
        if (p.isPresent()) {
            ctx.attribute(ATTRIBUTE, p.get());
            return p;
        }
        if (ctx.header("HX-Request") != null) ctx.header("HX-Redirect", "/ui/signin").status(401);
        else ctx.redirect("/ui/signin");
        return Optional.empty();
    }
}
