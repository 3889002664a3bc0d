package dev.encore.products.promotion;

import java.nio.charset.StandardCharsets;

/**
 * The randomised holdout: a listener is held out when a seeded 64-bit hash of their id falls in the lowest
 * {@code share} of the range. Deterministic, so the same listener stays in the same group across restarts and
 * replicas, and a new seed draws a fresh, independent holdout.
 */
public final class Holdout {
    private final double share;
    private final long seed;

    public Holdout(double share, long seed) {
        if (!(share >= 0 && share <= 1)) throw new IllegalArgumentException("holdout share must be between 0 and 1, got " + share);
        this.share = share;
        this.seed = seed;
    }

    public boolean contains(String listenerId) {
        return unit(listenerId) < share;
    }

    /** A uniform number in [0, 1) derived from the id and seed. */
    double unit(String listenerId) {
        long h = 0xcbf29ce484222325L ^ mix(seed);
        for (byte b : listenerId.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return (mix(h) >>> 11) * 0x1.0p-53;
    }

    /** SplitMix64 finaliser: spreads FNV's low-entropy high bits. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
