package dev.encore.ml.als;

/**
 * How a model was trained: the loss after each iteration (NaN where not computed), wall times, the thread count and
 * which kernels ran ("simd-512", "scalar", ...). Recorded in the snapshot manifest.
 */
public record TrainingLog(double[] loss, double[] iterationSeconds, double setupSeconds, double totalSeconds,
                          int threads, String kernels) {

    static TrainingLog of(AlsFactors f, int threads, String kernels) {
        return new TrainingLog(f.loss(), f.iterationSeconds(), f.setupSeconds(), f.totalSeconds(), threads, kernels);
    }
}
