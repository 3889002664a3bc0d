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

    public Editorial(EncoreStore store, TokenRepository tokens, Authenticator auth, ObjectMapper json, Clock clock) {
        EditorialService service = new EditorialService(store, clock);
        this.routes = new EditorialRoutes(service, auth, json);
        this.page = new EditorialPage(service, tokens);
    }

    public void register(JavalinDefaultRouting r) {
        routes.register(r);
        page.register(r);
    }
}
