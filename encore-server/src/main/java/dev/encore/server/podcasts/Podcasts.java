package dev.encore.server.podcasts;

import dev.encore.server.auth.Authenticator;
import dev.encore.server.auth.TokenRepository;
import dev.encore.store.EncoreStore;
import io.javalin.router.JavalinDefaultRouting;

import java.time.Clock;
import java.time.Duration;

/** The podcast feature as the server mounts it: the API route and the UI page over one {@link PodcastService}. */
public final class Podcasts {
    /** How long the catalog side (shows, episodes, text vectors, co-listening) is reused before a rebuild. */
    static final Duration REFRESH = Duration.ofMinutes(10);
    private final PodcastRoutes routes;
    private final PodcastPage page;
    private final PodcastService service;

    public Podcasts(EncoreStore store, TokenRepository tokens, Authenticator auth, Clock clock) {
        this.service = new PodcastService(store, clock, REFRESH);
        this.routes = new PodcastRoutes(service, auth);
        this.page = new PodcastPage(service, tokens);
    }

    /** The home shelf for slot {@code HomeShelf.PODCASTS}: register it with {@code Home.add}. */
    public PodcastHomeShelf homeShelf() {
        return new PodcastHomeShelf(service);
    }

    public void register(JavalinDefaultRouting r) {
        routes.register(r);
        page.register(r);
    }
}
