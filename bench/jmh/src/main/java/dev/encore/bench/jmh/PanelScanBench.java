package dev.encore.bench.jmh;

import dev.encore.ml.linalg.Kernels;
import dev.encore.ml.linalg.Panels;
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
 * The bfloat16 panel scan of exact top-K ({@code FactorScanner}): upper-bound scores of one chunk of 64 blocks
 * (1,024 items, the scanner's chunk) per call. With items = 1024 the chunk stays in cache (compute-bound); with
 * 1M items each call scans the next chunk of a 128 MB panel copy, as a full scan does (memory-bound).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PanelScanBench {
    static final int CHUNK_BLOCKS = 64;

    @Param("64")
    int rank;
    @Param({"1024", "1000000"})
    int items;

    int[] panels;
    int half, blocks, next;
    float[] q, bound, out;

    @Setup
    public void setup() {
        BenchData.requireSimd();
        SplittableRandom rnd = new SplittableRandom(BenchData.SEED);
        Panels p = Panels.of(BenchData.floats(items * rank, 0.3f, rnd), items, rank);
        panels = p.data();
        half = p.half();
        blocks = p.blocks();
        q = new float[2 * half];
        System.arraycopy(BenchData.floats(rank, 1, rnd), 0, q, 0, rank);
        bound = BenchData.floats(blocks * Panels.WIDTH, 1, rnd);
        out = new float[CHUNK_BLOCKS * Panels.WIDTH];
    }

    /** First block of the next chunk, wrapping around the panel copy. */
    private int nextChunk() {
        int b0 = next;
        next = b0 + 2 * CHUNK_BLOCKS <= blocks ? b0 + CHUNK_BLOCKS : 0;
        return b0;
    }

    @Benchmark
    public float panelScoresSimd() {
        int b0 = nextChunk();
        return Kernels.panelScores(panels, half, q, b0, b0 + CHUNK_BLOCKS, null, bound, 1e-3f, out);
    }

    @Benchmark
    public float panelScoresScalar() {
        int b0 = nextChunk();
        return ScalarKernels.panelScores(panels, half, q, b0, b0 + CHUNK_BLOCKS, null, bound, 1e-3f, out);
    }
}
