package dev.encore.server;

import dev.encore.server.admin.Trainer;
import dev.encore.server.serving.ModelSource;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * Everything the server is started with. {@code dataDir} holds {@code encore.db} (events, tokens);
 * {@code requireModel} makes {@code /readyz} wait for a model; limits are per request and per token;
 * {@code modelPollSeconds} is how often the current model version is checked for a change (0 = only on reload());
 * {@code catalogCacheMillis} is how long titles and artist names are cached (0 = always read the store);
 * {@code trainer} (optional) serves {@code POST /api/v1/admin/train} and, when {@code trainEverySeconds > 0}, runs
 * on that schedule. {@code demo} (set by {@code encore demo}) lets the web UI offer sample listeners and mint
 * listener tokens for them; never set it on a server that real listeners use.
 */
public record ServerConfig(Path dataDir, ModelSource models, boolean requireModel,
                           int maxBatchEvents, long maxBodyBytes, double ratePerSecond, double rateBurst,
                           int overlayItemsPerUser, int modelPollSeconds, long catalogCacheMillis, Trainer trainer, long trainEverySeconds, Clock clock,
                           boolean demo) {
    public ServerConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(models, "models");
        Objects.requireNonNull(clock, "clock");
        if (maxBatchEvents < 1) throw new IllegalArgumentException("maxBatchEvents must be >= 1, got " + maxBatchEvents);
        if (modelPollSeconds < 0) throw new IllegalArgumentException("modelPollSeconds must be >= 0 (0 = never poll), got " + modelPollSeconds);
        if (maxBodyBytes < 1024) throw new IllegalArgumentException("maxBodyBytes must be >= 1024, got " + maxBodyBytes);
    }

    /**
     * Defaults: batches of 10,000 events, 16 MiB bodies, 2,000 requests/s per token (burst 4,000), 500 fresh items
     * per user in the real-time overlay, {@code models/CURRENT} polled every 5 s, catalog names cached for 60 s.
     */
    public static ServerConfig of(Path dataDir, ModelSource models) {
        return new ServerConfig(dataDir, models, true, 10_000, 16L << 20, 2_000, 4_000, 500, 5, 60_000, null, 0, Clock.systemUTC(), false);
    }

    public ServerConfig withRateLimit(double perSecond, double burst) {
        return new ServerConfig(dataDir, models, requireModel, maxBatchEvents, maxBodyBytes, perSecond, burst, overlayItemsPerUser, modelPollSeconds, catalogCacheMillis, trainer, trainEverySeconds, clock, demo);
    }

    public ServerConfig withMaxBodyBytes(long bytes) {
        return new ServerConfig(dataDir, models, requireModel, maxBatchEvents, bytes, ratePerSecond, rateBurst, overlayItemsPerUser, modelPollSeconds, catalogCacheMillis, trainer, trainEverySeconds, clock, demo);
    }

    public ServerConfig withRequireModel(boolean require) {
        return new ServerConfig(dataDir, models, require, maxBatchEvents, maxBodyBytes, ratePerSecond, rateBurst, overlayItemsPerUser, modelPollSeconds, catalogCacheMillis, trainer, trainEverySeconds, clock, demo);
    }

    public ServerConfig withModelPollSeconds(int seconds) {
        return new ServerConfig(dataDir, models, requireModel, maxBatchEvents, maxBodyBytes, ratePerSecond, rateBurst, overlayItemsPerUser, seconds, catalogCacheMillis, trainer, trainEverySeconds, clock, demo);
    }

    public ServerConfig withCatalogCacheMillis(long millis) {
        return new ServerConfig(dataDir, models, requireModel, maxBatchEvents, maxBodyBytes, ratePerSecond, rateBurst, overlayItemsPerUser, modelPollSeconds, millis, trainer, trainEverySeconds, clock, demo);
    }

    public ServerConfig withTrainer(Trainer t, long everySeconds) {
        return new ServerConfig(dataDir, models, requireModel, maxBatchEvents, maxBodyBytes, ratePerSecond, rateBurst, overlayItemsPerUser, modelPollSeconds, catalogCacheMillis, t, everySeconds, clock, demo);
    }

    /** The configuration without demo mode (the shape before {@code demo} was added). */
    public ServerConfig(Path dataDir, ModelSource models, boolean requireModel, int maxBatchEvents, long maxBodyBytes, double ratePerSecond,
                        double rateBurst, int overlayItemsPerUser, int modelPollSeconds, long catalogCacheMillis, Trainer trainer,
                        long trainEverySeconds, Clock clock) {
        this(dataDir, models, requireModel, maxBatchEvents, maxBodyBytes, ratePerSecond, rateBurst, overlayItemsPerUser, modelPollSeconds,
                catalogCacheMillis, trainer, trainEverySeconds, clock, false);
    }

    /** Another clock (tests pin "now" with a fixed one). */
    public ServerConfig withClock(Clock c) {
        return new ServerConfig(dataDir, models, requireModel, maxBatchEvents, maxBodyBytes, ratePerSecond, rateBurst, overlayItemsPerUser, modelPollSeconds, catalogCacheMillis, trainer, trainEverySeconds, c, demo);
    }

    /** Demo mode: the web UI's sign-in page offers sample listeners (for {@code encore demo} only). */
    public ServerConfig withDemo(boolean on) {
        return new ServerConfig(dataDir, models, requireModel, maxBatchEvents, maxBodyBytes, ratePerSecond, rateBurst, overlayItemsPerUser, modelPollSeconds, catalogCacheMillis, trainer, trainEverySeconds, clock, on);
    }
}
