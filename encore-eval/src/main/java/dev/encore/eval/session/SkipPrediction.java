package dev.encore.eval.session;

/**
 * Skip prediction scores, as in the Spotify Sequential Skip Prediction Challenge (WSDM Cup 2019; Brost, Mehrotra
 * &amp; Jehan, "The Music Streaming Sessions Dataset", WWW 2019): for each session the second half's tracks are
 * predicted skipped / not skipped. Mean average accuracy of one session with T predictions is
 * AA = (1/T) Σ_{i=1..T} A(i) · L(i), where A(i) is the accuracy over the first i predictions and L(i) = 1 when
 * prediction i is right; it rewards getting the early predictions right. First-prediction accuracy is the
 * challenge's tie-breaker.
 */
public final class SkipPrediction {
    private SkipPrediction() {}

    /** Share of correct predictions. */
    public static double accuracy(boolean[] predicted, boolean[] actual) {
        check(predicted, actual);
        int right = 0;
        for (int i = 0; i < actual.length; i++) if (predicted[i] == actual[i]) right++;
        return (double) right / actual.length;
    }

    /** Average accuracy AA of one session (see class doc). */
    public static double averageAccuracy(boolean[] predicted, boolean[] actual) {
        check(predicted, actual);
        int right = 0;
        double sum = 0;
        for (int i = 0; i < actual.length; i++) {
            if (predicted[i] == actual[i]) {
                right++;
                sum += (double) right / (i + 1);
            }
        }
        return sum / actual.length;
    }

    /** Mean of {@link #averageAccuracy} over sessions. */
    public static double meanAverageAccuracy(boolean[][] predicted, boolean[][] actual) {
        if (predicted.length != actual.length || actual.length == 0)
            throw new IllegalArgumentException("need the same non-zero number of predicted and actual sessions, got " + predicted.length + " and " + actual.length);
        double s = 0;
        for (int i = 0; i < actual.length; i++) s += averageAccuracy(predicted[i], actual[i]);
        return s / actual.length;
    }

    /** Share of sessions whose first prediction is right. */
    public static double firstPredictionAccuracy(boolean[][] predicted, boolean[][] actual) {
        if (predicted.length != actual.length || actual.length == 0)
            throw new IllegalArgumentException("need the same non-zero number of predicted and actual sessions");
        int right = 0;
        for (int i = 0; i < actual.length; i++) {
            check(predicted[i], actual[i]);
            if (predicted[i][0] == actual[i][0]) right++;
        }
        return (double) right / actual.length;
    }

    private static void check(boolean[] predicted, boolean[] actual) {
        if (predicted.length != actual.length)
            throw new IllegalArgumentException(predicted.length + " predictions for " + actual.length + " tracks: predict every track of the session's second half");
        if (actual.length == 0) throw new IllegalArgumentException("empty session: nothing to predict");
    }
}
