package dev.encore.synth;

import java.util.SplittableRandom;

/**
 * Derives independent random streams from one seed: each entity (a user, an artist) gets its own generator, so
 * the output does not depend on the order or the thread in which entities are produced.
 */
final class Seeds {
    static final long CATALOG = 0x43_41_54L;
    static final long USERS = 0x55_53_52L;
    static final long LISTENING = 0x4C_53_4EL;
    static final long PODCASTS = 0x50_4F_44L;

    private Seeds() {}

    /** A generator for entity {@code index} of {@code stream} under {@code seed}. */
    static SplittableRandom rng(long seed, long stream, long index) {
        return new SplittableRandom(mix(mix(seed ^ mix(stream)) + index));
    }

    /** SplitMix64's finaliser: a bijective scramble, so distinct inputs give unrelated outputs. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A stable 64-bit hash of a string (String.hashCode is specified, but 32 bits collide too easily). */
    static long hash(String s) {
        long h = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < s.length(); i++) h = mix(h + s.charAt(i));
        return h;
    }

    static double gaussian(SplittableRandom r) {
        // Box–Muller; SplittableRandom has no nextGaussian in Java 17
        double u = 1.0 - r.nextDouble();
        double v = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    static double clamp(double v, double lo, double hi) {
        return v < lo ? lo : v > hi ? hi : v;
    }
}
