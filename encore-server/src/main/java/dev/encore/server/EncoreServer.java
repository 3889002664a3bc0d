package dev.encore.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.encore.core.matrix.ConfidenceWeighting;
import dev.encore.server.admin.AdminRoutes;
import dev.encore.server.artists.ArtistStatsRoutes;
import dev.encore.server.admin.TrainingJobs;
import dev.encore.server.auth.Authenticator;
import dev.encore.server.auth.RateLimiter;
import dev.encore.server.auth.TokenRepository;
import dev.encore.server.catalog.CatalogRoutes;
import dev.encore.server.catalog.SearchRoutes;
import dev.encore.server.events.EventBatchParser;
import dev.encore.server.events.EventIngest;
import dev.encore.server.events.EventRoutes;
import dev.encore.server.events.GroupCommitSink;
import dev.encore.server.http.ApiProblem;
import dev.encore.server.http.HttpMetrics;
import dev.encore.server.http.Problems;
import dev.encore.server.http.SystemRoutes;
import dev.encore.server.listenbrainz.ListenBrainzRoutes;
import dev.encore.server.listenbrainz.ListenPayloadParser;
import dev.encore.server.listenbrainz.TrackResolver;
import dev.encore.server.products.HomeProducts;
import dev.encore.server.products.HomeRoutes;
import dev.encore.server.products.ListenerProducts;
import dev.encore.server.products.ProductRoutes;
import dev.encore.server.podcasts.Podcasts;
import dev.encore.server.editorial.Editorial;
import dev.encore.server.serving.CachedCatalog;
import dev.encore.server.serving.CatalogLookup;
import dev.encore.server.serving.DirectoryModelSource;
import dev.encore.server.serving.LoadedModel;
import dev.encore.server.serving.ModelHolder;
import dev.encore.server.serving.RecommendationRoutes;
import dev.encore.server.serving.StoreCatalog;
import dev.encore.server.serving.Recommendations;
import dev.encore.server.serving.TrainingCutoff;
import dev.encore.server.serving.UserOverlay;
import dev.encore.server.social.FollowRoutes;
import dev.encore.server.social.UserRoutes;
import dev.encore.server.ui.ProductPages;
import dev.encore.server.ui.OperatorActions;
import dev.encore.server.ui.TasteRoutes;
import dev.encore.server.ui.UiRoutes;
import dev.encore.server.ui.console.ConsoleRoutes;
import dev.encore.store.EncoreStore;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The Encore HTTP server: one Javalin app configured in a single {@code create(config -> ...)} call, owning the
 * store ({@code <data>/encore.db}, events and catalog), the token table in the same database file, and the hot-swappable served model.
 * CLI entry point: {@link #start(Path, int)}.
 */
public final class EncoreServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EncoreServer.class);
    private final Javalin app;
    private final ModelHolder models;
    private final TokenRepository tokens;
    private final EncoreStore store;
    private final HttpMetrics metrics;
    private final int pollSeconds;
    private final TrainingJobs training;
    private ScheduledExecutorService poller;
    private final GroupCommitSink events;
    /** Events one group-commit transaction takes at most (a few ms of SQLite work at ~10 µs per event). */
    private static final int GROUP_COMMIT_EVENTS = 20_000;

    private EncoreServer(Javalin app, ModelHolder models, TokenRepository tokens, EncoreStore store, HttpMetrics metrics, int pollSeconds,
                         TrainingJobs training, GroupCommitSink events) {
        this.events = events;
        this.pollSeconds = pollSeconds;
        this.training = training;
        this.app = app;
        this.models = models;
        this.tokens = tokens;
        this.store = store;
        this.metrics = metrics;
    }

    /** Opens the data directory's database, loads the current model (if any) and configures the app; call {@link #start}. */
    public static EncoreServer create(ServerConfig cfg) throws IOException {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        EncoreStore store = EncoreStore.open(cfg.dataDir());
        TokenRepository tokens = null;
        try {
            tokens = TokenRepository.open(store.databaseFile());
            return assemble(cfg, json, store, tokens);
        } catch (IOException | RuntimeException e) {
            if (tokens != null) tokens.close();
            store.close();
            throw e;
        }
    }

    private static EncoreServer assemble(ServerConfig cfg, ObjectMapper json, EncoreStore store, TokenRepository tokens) {
        HttpMetrics metrics = new HttpMetrics();
        ModelHolder models = new ModelHolder(cfg.models(), cfg.clock(), metrics.registry());
        UserOverlay overlay = new UserOverlay(cfg.overlayItemsPerUser(), cfg.clock());
        // A rollback to an older model keeps the overlay: only drop what the newly served model was trained on.
        models.onSwap(m -> TrainingCutoff.of(m.manifest()).ifPresent(overlay::pruneBefore));
        try {
            models.reload();
        } catch (IOException | RuntimeException e) {
            LOG.error("starting without a model: {}", e.getMessage());   // /readyz reports it; admin can activate another
        }
        Authenticator auth = new Authenticator(tokens, new RateLimiter(cfg.ratePerSecond(), cfg.rateBurst(), System::nanoTime));
        GroupCommitSink events = new GroupCommitSink(store, GROUP_COMMIT_EVENTS);
        EventIngest ingest = new EventIngest(events, overlay, ConfidenceWeighting.defaults(), metrics);
        var system = new SystemRoutes(models, cfg.requireModel(), metrics);
        Recommendations recs = new Recommendations(overlay, catalog(cfg, store));
        var recommendations = new RecommendationRoutes(models, recs, auth);
        var eventRoutes = new EventRoutes(new EventBatchParser(json.getFactory(), cfg.maxBatchEvents(), cfg.clock()), ingest, auth, cfg.maxBodyBytes());
        var listenBrainz = new ListenBrainzRoutes(new ListenPayloadParser(TrackResolver.fromCatalog(store)), ingest, auth, json, cfg.maxBodyBytes());
        TrainingJobs training = cfg.trainer() == null ? null : new TrainingJobs(cfg.trainer(), store, models, cfg.clock(), metrics.registry());
        if (training != null && cfg.trainEverySeconds() > 0) training.every(Duration.ofSeconds(cfg.trainEverySeconds()));
        var admin = new AdminRoutes(models, auth, training);
        var artistStats = new ArtistStatsRoutes(store, auth);
        var ui = new UiRoutes(models, recs, ingest, store, tokens, metrics, cfg.demo(), cfg.clock());
        var products = new ListenerProducts(store, models, ingest, cfg.clock());
        var promotion = new dev.encore.server.promotion.Promotion(store, tokens, auth, json, cfg.clock());
        var relevance = new dev.encore.server.promotion.ServedRelevance(models);
        promotion.useRelevance(relevance);
        var promotedSlots = new dev.encore.server.products.PromotedSlots(promotion.service(), relevance);
        products.usePromotion(promotedSlots);
        ingest.observePlays(promotedSlots::observePlay);   // plays in radio, autoplay and mixes feed the guardrail
        var productRoutes = new ProductRoutes(products, auth, json);
        var homeProducts = new HomeProducts(products, cfg.demo());   // home().add(shelf) plugs more home shelves in
        var homeRoutes = new HomeRoutes(homeProducts, auth, json);
        var productPages = new ProductPages(homeProducts, store, tokens, cfg.clock());
        var console = new ConsoleRoutes(store, tokens);
        var catalogRoutes = new CatalogRoutes(store, auth, json, cfg.maxBodyBytes());
        var searchRoutes = new SearchRoutes(store, auth);
        var userRoutes = new UserRoutes(store, auth, json, cfg.clock());
        var followRoutes = new FollowRoutes(store, auth);
        var podcasts = new Podcasts(store, tokens, auth, cfg.clock());
        var editorial = new Editorial(store, tokens, auth, json, cfg.clock());
        homeProducts.home().add(podcasts.homeShelf());
        homeProducts.home().add(editorial.homeShelf());
        var operatorActions = new OperatorActions(training, tokens, metrics);
        var taste = new TasteRoutes(products, tokens, json, cfg.clock());
        long maxBody = cfg.maxBodyBytes();
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(json, false));
            config.http.maxRequestSize = maxBody;
            config.requestLogger.http(metrics::record);
            config.router.mount(r -> {
                r.before(ctx -> {
                    if (ctx.contentLength() > maxBody)
                        throw ApiProblem.tooLarge("request body is " + ctx.contentLength() + " bytes; the limit is " + maxBody
                                + " bytes: split it into smaller requests");
                });
                Problems.install(r, json);
                system.register(r);
                recommendations.register(r);
                eventRoutes.register(r);
                listenBrainz.register(r);
                admin.register(r);
                artistStats.register(r);
                ui.register(r);
                productRoutes.register(r);
                dev.encore.server.prompt.PromptRoutes.install(r, store, models, auth, tokens, json, cfg.clock());
                homeRoutes.register(r);
                productPages.register(r);
                console.register(r);
                catalogRoutes.register(r);
                searchRoutes.register(r);
                userRoutes.register(r);
                followRoutes.register(r);
                podcasts.register(r);
                editorial.register(r);
                operatorActions.register(r);
                promotion.register(r);
                taste.register(r);
            });
        });
        return new EncoreServer(app, models, tokens, store, metrics, cfg.modelPollSeconds(), training, events);
    }

    private static CatalogLookup catalog(ServerConfig cfg, EncoreStore store) {
        CatalogLookup direct = new StoreCatalog(store);
        return cfg.catalogCacheMillis() <= 0 ? direct : new CachedCatalog(direct, cfg.clock(), cfg.catalogCacheMillis(), 200_000);
    }

    /** Starts serving on {@code port} (0 picks a free port; see {@link #port()}). */
    public EncoreServer start(int port) {
        app.start(port);
        if (pollSeconds > 0) {
            poller = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "encore-model-poll");
                t.setDaemon(true);
                return t;
            });
            poller.scheduleWithFixedDelay(this::poll, pollSeconds, pollSeconds, TimeUnit.SECONDS);
        }
        LOG.info("Encore server listening on port {}", port());
        return this;
    }

    private void poll() {
        try {
            models.reload(false);
        } catch (IOException | RuntimeException e) {
            // logged by the holder once per failed version; keep serving the old one
        }
    }

    public int port() {
        return app.port();
    }

    /** Re-reads the current model version (after training or activation elsewhere) and swaps it in atomically. */
    public Optional<LoadedModel> reload() throws IOException {
        return models.reload();
    }

    public TokenRepository tokens() {
        return tokens;
    }

    /** The store the server ingests into and reads names from (shared: do not close it). */
    public EncoreStore store() {
        return store;
    }

    public HttpMetrics metrics() {
        return metrics;
    }

    public Javalin app() {
        return app;
    }

    @Override
    public void close() throws IOException {
        if (poller != null) poller.shutdownNow();
        if (training != null) training.close();
        app.stop();
        events.close();   // after the HTTP server: requests in flight get their commits first
        tokens.close();
        store.close();
    }

    /** What {@code encore serve --data DIR --port N} calls: serves {@code DIR/models} and {@code DIR/encore.db}. */
    public static EncoreServer start(Path dataDir, int port) throws IOException {
        return start(dataDir, port, DirectoryModelSource.bundles(java.time.Clock.systemUTC()));
    }

    /**
     * As {@link #start(Path, int)} with a custom bundle loader: serves {@code DIR/models} (loading each version with
     * {@code loader}) and {@code DIR/encore.db}.
     */
    public static EncoreServer start(Path dataDir, int port, DirectoryModelSource.BundleLoader loader) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ServerConfig cfg = ServerConfig.of(dataDir, new DirectoryModelSource(dataDir.resolve("models"), loader, json));
        return create(cfg).start(port);
    }
}
