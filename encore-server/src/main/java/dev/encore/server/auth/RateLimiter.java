package dev.encore.server.auth;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per key (token id): {@code perSecond} requests per second sustained, bursts up to {@code burst}.
 * {@link #acquire} returns 0 when allowed, else the whole seconds to wait (for Retry-After).
 */
public final class RateLimiter {
    private final double perSecond;
    private final double burst;
    private final LongSupplier nanos;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(double perSecond, double burst, LongSupplier nanos) {
        if (perSecond <= 0 || burst < 1)
            throw new IllegalArgumentException("rate limit needs perSecond > 0 and burst >= 1, got " + perSecond + ", " + burst);
        this.perSecond = perSecond;
        this.burst = burst;
        this.nanos = nanos;
    }

    public long acquire(String key) {
        Bucket b = buckets.computeIfAbsent(key, k -> new Bucket(burst, nanos.getAsLong()));
        synchronized (b) {
            long now = nanos.getAsLong();
            b.tokens = Math.min(burst, b.tokens + (now - b.last) / 1e9 * perSecond);
            b.last = now;
            if (b.tokens >= 1) {
                b.tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - b.tokens) / perSecond));
        }
    }

    private static final class Bucket {
        double tokens;
        long last;

        Bucket(double tokens, long last) {
            this.tokens = tokens;
            this.last = last;
        }
    }
}
