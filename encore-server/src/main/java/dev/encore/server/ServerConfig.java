package dev.encore.server;

import dev.encore.server.serving.ModelSource;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * Everything the server is started with. {@code dataDir} holds {@code encore.db} (events, tokens);
 * {@code requireModel} makes {@code /readyz} wait for a model; limits are per request and per token.
 */
public record ServerConfig(Path dataDir, ModelSource models, boolean requireModel,
                           int maxBatchEvents, long maxBodyBytes, double ratePerSecond, double rateBurst,
                           int overlayItemsPerUser, Clock clock) {
    public ServerConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(models, "models");
        Objects.requireNonNull(clock, "clock");
        if (maxBatchEvents < 1) throw new IllegalArgumentException("maxBatchEvents must be >= 1, got " + maxBatchEvents);
        if (maxBodyBytes < 1024) throw new IllegalArgumentException("maxBodyBytes must be >= 1024, got " + maxBodyBytes);
    }

    /** Defaults: batches of 10,000 events, 16 MiB bodies, 2,000 requests/s per token (burst 4,000). */
    public static ServerConfig of(Path dataDir, ModelSource models) {
        return new ServerConfig(dataDir, models, true, 10_000, 16L << 20, 2_000, 4_000, 500, Clock.systemUTC());
    }

    public ServerConfig withRateLimit(double perSecond, double burst) {
        return new ServerConfig(dataDir, models, requireModel, maxBatchEvents, maxBodyBytes, perSecond, burst, overlayItemsPerUser, clock);
    }

    public ServerConfig withMaxBodyBytes(long bytes) {
        return new ServerConfig(dataDir, models, requireModel, maxBatchEvents, bytes, ratePerSecond, rateBurst, overlayItemsPerUser, clock);
    }

    public ServerConfig withRequireModel(boolean require) {
        return new ServerConfig(dataDir, models, require, maxBatchEvents, maxBodyBytes, ratePerSecond, rateBurst, overlayItemsPerUser, clock);
    }
}
