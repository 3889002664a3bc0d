package dev.encore.bench.jmh;

import dev.encore.ml.topk.TopK;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * {@link TopK#offer} over a stream of 4,096 scores into a cleared heap; the score is per offer. "random" is the
 * usual case (after the first few hundred offers most scores fall below the threshold); "ascending" is the worst
 * case, every offer entering the heap and sifting down.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TopKBench {
    static final int STREAM = 4096;

    @Param("50")
    int k;
    @Param({"random", "ascending"})
    String order;

    float[] scores;
    TopK top;

    @Setup
    public void setup() {
        SplittableRandom rnd = new SplittableRandom(BenchData.SEED);
        scores = BenchData.floats(STREAM, 1, rnd);
        if (order.equals("ascending")) java.util.Arrays.sort(scores);
        else if (!order.equals("random")) throw new IllegalArgumentException("order " + order + ": use random or ascending");
        top = new TopK(k);
    }

    @Benchmark
    @OperationsPerInvocation(STREAM)
    public float offer() {
        top.clear();
        for (int i = 0; i < STREAM; i++) top.offer(i, scores[i]);
        return top.threshold();
    }
}
