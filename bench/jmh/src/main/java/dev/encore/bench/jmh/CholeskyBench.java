package dev.encore.bench.jmh;

import dev.encore.ml.linalg.Cholesky;
import dev.encore.ml.linalg.Kernels;
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
 * Fold-in and explanation solves at rank f: factoring an ALS-like normal matrix (Gram of a 50-row history + λI) in
 * double, solving with it in double, building the float32 copy ({@code floatSolver()}) and solving in float32,
 * whose substitutions run on {@link Kernels#dot} — measured with the Vector API and, in a fork with
 * {@code -Dencore.simd=false}, with the scalar kernels.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CholeskyBench {
    @Param("64")
    int rank;

    double[] a, b;
    float[] bf, x;
    Cholesky chol;
    Cholesky.FloatSolver solver;

    @Setup
    public void setup() {
        SplittableRandom rnd = new SplittableRandom(BenchData.SEED);
        float[] m = BenchData.floats(VectorKernelBench.HISTORY * rank, 0.3f, rnd);
        float[] g = new float[rank * rank];
        Kernels.gram(m, rank, null, 0, VectorKernelBench.HISTORY, null, g);
        a = new double[rank * rank];
        for (int i = 0; i < a.length; i++) a[i] = g[i];
        for (int i = 0; i < rank; i++) a[i * rank + i] += 0.1;   // λI keeps it well conditioned, as in ALS
        bf = BenchData.floats(rank, 1, rnd);
        b = new double[rank];
        for (int i = 0; i < rank; i++) b[i] = bf[i];
        x = new float[rank];
        chol = Cholesky.factor(a, rank);
        solver = chol.floatSolver();
    }

    @Benchmark
    public Cholesky factor() {
        return Cholesky.factor(a, rank);
    }

    @Benchmark
    public double[] solveDouble() {
        return chol.solve(b);
    }

    @Benchmark
    public Cholesky.FloatSolver floatSolverBuild() {
        return chol.floatSolver();
    }

    @Benchmark
    public float[] floatSolveSimd() {
        BenchData.requireSimd();   // a constant check after JIT; keeps a scalar JVM from posing as SIMD
        solver.solve(bf, 0, x);
        return x;
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = "-Dencore.simd=false")
    public float[] floatSolveScalar() {
        if (Kernels.SIMD) throw new IllegalStateException("expected the scalar kernels in this fork");
        solver.solve(bf, 0, x);
        return x;
    }
}
