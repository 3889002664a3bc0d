package dev.encore.bench.jmh;

import dev.encore.ml.linalg.Kernels;

import java.util.SplittableRandom;

/** Seeded inputs shared by the benchmarks, and the guard that the Vector API kernels are really the ones measured. */
final class BenchData {
    /** Fixed seed: every run measures the same numbers. */
    static final long SEED = 20261123L;

    private BenchData() {}

    /** n uniform values in [-scale, scale). */
    static float[] floats(int n, float scale, SplittableRandom rnd) {
        float[] out = new float[n];
        for (int i = 0; i < n; i++) out[i] = (float) ((2 * rnd.nextDouble() - 1) * scale);
        return out;
    }

    /** count distinct sorted row indices below rows, like one user's listening history. */
    static int[] history(int count, int rows, SplittableRandom rnd) {
        return rnd.ints(0, rows).distinct().limit(count).sorted().toArray();
    }

    /** The "simd" benchmarks go through {@link Kernels}; without the Vector API they would silently measure scalar code. */
    static void requireSimd() {
        if (!Kernels.SIMD) {
            throw new IllegalStateException("Kernels run as '" + Kernels.describe() + "': start the JVM with "
                    + "--add-modules jdk.incubator.vector (bench/jmh.sh does) and without -Dencore.simd=false");
        }
    }
}
