package dev.encore.bench.jmh;

import dev.encore.ml.linalg.Kernels;
import dev.encore.ml.linalg.ScalarKernels;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * The ALS inner kernels at one user's scale: dot and axpy of two rank-f vectors, symv (the dense half of a CG step),
 * and, over a 50-row history gathered from a 10k-item factor matrix, gram (Σ w·y·yᵀ) and sparseAccumulate (the
 * sparse half of a CG step). Each as {@link Kernels} (Vector API) and {@link ScalarKernels} (plain Java).
 * Accumulators (y, g, out) are not reset between calls: resetting would cost as much as small kernels; the values
 * stay far from overflow over a run.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class VectorKernelBench {
    static final int ITEMS = 10_000, HISTORY = 50;

    @Param("64")
    int rank;

    float[] a, b, y, sym, m, w, cgA, cgB, out, g;
    int[] idx;

    @Setup
    public void setup() {
        BenchData.requireSimd();
        SplittableRandom rnd = new SplittableRandom(BenchData.SEED);
        a = BenchData.floats(rank, 1, rnd);
        b = BenchData.floats(rank, 1, rnd);
        y = new float[rank];
        m = BenchData.floats(ITEMS * rank, 0.3f, rnd);
        idx = BenchData.history(HISTORY, ITEMS, rnd);
        w = BenchData.floats(HISTORY, 1, rnd);
        cgA = BenchData.floats(HISTORY, 1, rnd);
        cgB = BenchData.floats(HISTORY, 1, rnd);
        out = new float[rank];
        g = new float[rank * rank];
        sym = new float[rank * rank];
        Kernels.gram(m, rank, idx, 0, HISTORY, null, sym);
    }

    @Benchmark
    public float dotSimd() {
        return Kernels.dot(a, 0, b, 0, rank);
    }

    @Benchmark
    public float dotScalar() {
        return ScalarKernels.dot(a, 0, b, 0, rank);
    }

    @Benchmark
    public float[] axpySimd() {
        Kernels.axpy(1e-3f, a, 0, y, 0, rank);
        return y;
    }

    @Benchmark
    public float[] axpyScalar() {
        ScalarKernels.axpy(1e-3f, a, 0, y, 0, rank);
        return y;
    }

    @Benchmark
    public float[] symvSimd() {
        Kernels.symv(sym, rank, a, 0, 0.5f, y);
        return y;
    }

    @Benchmark
    public float[] symvScalar() {
        ScalarKernels.symv(sym, rank, a, 0, 0.5f, y);
        return y;
    }

    @Benchmark
    public float[] gramSimd() {
        Kernels.gram(m, rank, idx, 0, HISTORY, w, g);
        return g;
    }

    @Benchmark
    public float[] gramScalar() {
        ScalarKernels.gram(m, rank, idx, 0, HISTORY, w, g);
        return g;
    }

    @Benchmark
    public float[] sparseAccumulateSimd() {
        Kernels.sparseAccumulate(m, rank, idx, 0, HISTORY, cgA, cgB, a, 0, out);
        return out;
    }

    @Benchmark
    public float[] sparseAccumulateScalar() {
        ScalarKernels.sparseAccumulate(m, rank, idx, 0, HISTORY, cgA, cgB, a, 0, out);
        return out;
    }
}
