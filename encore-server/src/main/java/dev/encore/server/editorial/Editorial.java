package dev.encore.server.editorial;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.encore.server.auth.Authenticator;
import dev.encore.server.auth.TokenRepository;
import dev.encore.store.EncoreStore;
import io.javalin.router.JavalinDefaultRouting;

import java.time.Clock;

/** The editorial feature as the server mounts it: API routes and the operator's pool editor over one service. */
public final class Editorial {
    private final EditorialRoutes routes;
    private final EditorialPage page;
    private final EditorialService service;

    public Editorial(EncoreStore store, TokenRepository tokens, Authenticator auth, ObjectMapper json, Clock clock) {
        this.service = new EditorialService(store, clock);
        this.routes = new EditorialRoutes(service, auth, json);
        this.page = new EditorialPage(service, tokens);
    }

    /** The home shelf for slot {@code HomeShelf.EDITORIAL}: register it with {@code Home.add}. */
    public EditorialHomeShelf homeShelf() {
        return new EditorialHomeShelf(service);
    }

    public void register(JavalinDefaultRouting r) {
        routes.register(r);
        page.register(r);
    }
}
