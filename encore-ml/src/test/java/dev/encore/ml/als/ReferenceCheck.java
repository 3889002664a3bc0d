package dev.encore.ml.als;

import dev.encore.core.matrix.InteractionMatrix;
import dev.encore.ml.bench.SyntheticMatrix;

/**
 * The benchmark's correctness check at full size (too slow for the unit suite): trains the fast ALS and the
 * double-precision {@link ReferenceAls} conjugate gradient from the same initial factors on a benchmark data set
 * and prints both losses after every iteration with their relative difference. Exits 1 if any exceeds 1e-4.
 * Run from encore-ml after {@code mvn test-compile}: {@code java --add-modules jdk.incubator.vector -Xmx8g -cp
 * target/classes:target/test-classes:CORE_JAR dev.encore.ml.als.ReferenceCheck M 10}.
 */
public final class ReferenceCheck {
    private ReferenceCheck() {}

    public static void main(String[] args) {
        String dataset = args.length > 0 ? args[0] : "S";
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        InteractionMatrix m = SyntheticMatrix.preset(dataset, 1);
        AlsParams p = new AlsParams(64, 0.01, 10, iterations, 3, 2, 42, true);
        float[][] init = AlsTrainer.initialFactors(m.rows(), m.cols(), p.factors(), p.seed());
        AlsFactors fast = AlsTrainer.train(m, p, init[0], init[1], AlsTrainer.Listener.NONE);
        double[][] x = ReferenceAls.toRows(init[0], m.rows(), p.factors()), y = ReferenceAls.toRows(init[1], m.cols(), p.factors());
        InteractionMatrix iu = m.transpose();
        double worst = 0;
        for (int it = 0; it < iterations; it++) {
            long t = System.nanoTime();
            ReferenceAls.iterate(m, iu, x, y, p, false);
            double ref = ReferenceAls.sparseLoss(m, x, y, p);
            double rel = Math.abs(fast.loss()[it] - ref) / ref;
            worst = Math.max(worst, rel);
            System.out.printf(java.util.Locale.ROOT, "%s iteration %d: fast %.9f reference %.9f relative difference %.2e (reference %.0f s)%n",
                    dataset, it + 1, fast.loss()[it], ref, rel, (System.nanoTime() - t) / 1e9);
        }
        System.out.printf(java.util.Locale.ROOT, "worst relative difference %.2e over %d iterations: %s%n", worst, iterations,
                worst <= 1e-4 ? "PASS (<= 1e-4)" : "FAIL (> 1e-4)");
        if (worst > 1e-4) System.exit(1);
    }
}
