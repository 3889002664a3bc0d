package dev.encore.ml.als;

/**
 * What training produced: row-major user factors (users × factors) and item factors (items × factors), the training
 * loss after each iteration (NaN when not computed) and timings.
 *
 * @param iterationSeconds wall time of each iteration (both half-sweeps, Gram matrices and loss)
 * @param setupSeconds     initialisation and transposition before the first iteration
 * @param totalSeconds     everything, setup included
 */
public record AlsFactors(int users, int items, int factors, float[] userFactors, float[] itemFactors,
                         double[] loss, double[] iterationSeconds, double setupSeconds, double totalSeconds) {

    /** The loss after the last iteration (NaN when none ran or loss was not computed). */
    public double finalLoss() {
        return loss.length == 0 ? Double.NaN : loss[loss.length - 1];
    }
}
