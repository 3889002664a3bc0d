package dev.encore.ml.content;

import dev.encore.core.matrix.InteractionMatrix;

import java.util.Arrays;

/**
 * Turns {@link ItemFeatures} into one unit-length sparse vector per item: the TF-IDF tag part
 * (tf = 1 + ln count, idf = ln((1 + N) / (1 + df)) + 1, scaled to length 1) followed by the audio part (each feature
 * standardised over the items that have audio, scaled to length {@code audioWeight}), the whole then scaled to
 * length 1, so a dot product is a cosine. Items with neither tags nor audio get an empty vector (no similarity).
 */
final class ContentVectors {
    private ContentVectors() {}

    /** Item × dimension matrix with {@code tags + AUDIO_DIMS} columns. */
    static InteractionMatrix build(ItemFeatures f, double audioWeight) {
        if (!(audioWeight >= 0)) throw new IllegalArgumentException("parameter audioWeight=" + audioWeight + " must be >= 0");
        InteractionMatrix tags = f.tagCounts();
        int n = f.itemCount(), t = tags.cols(), dims = t + ItemFeatures.AUDIO_DIMS;
        int[] df = tags.columnCounts();
        double[] mean = new double[ItemFeatures.AUDIO_DIMS], sd = new double[ItemFeatures.AUDIO_DIMS];
        audioStats(f, mean, sd);
        int[] ptr = new int[n + 1];
        int[] idx = new int[tags.nnz() + n * ItemFeatures.AUDIO_DIMS];
        float[] val = new float[idx.length];
        int out = 0;
        for (int i = 0; i < n; i++) {
            int start = out;
            for (int p = tags.rowStart(i); p < tags.rowEnd(i); p++) {
                int tag = tags.indices()[p];
                idx[out] = tag;
                val[out++] = (float) ((1 + Math.log(tags.values()[p])) * (Math.log((1.0 + n) / (1 + df[tag])) + 1));
            }
            scale(val, start, out, 1);
            double[] a = f.audio(i);
            if (a != null && audioWeight > 0) {
                int audioStart = out;
                for (int d = 0; d < a.length; d++) {
                    idx[out] = t + d;
                    val[out++] = sd[d] > 0 ? (float) ((a[d] - mean[d]) / sd[d]) : 0f;
                }
                scale(val, audioStart, out, audioWeight);
            }
            scale(val, start, out, 1);
            ptr[i + 1] = out;
        }
        return new InteractionMatrix(n, dims, ptr, Arrays.copyOf(idx, out), Arrays.copyOf(val, out));
    }

    private static void audioStats(ItemFeatures f, double[] mean, double[] sd) {
        int count = 0;
        for (int i = 0; i < f.itemCount(); i++) {
            double[] a = f.audio(i);
            if (a == null) continue;
            count++;
            for (int d = 0; d < a.length; d++) mean[d] += a[d];
        }
        if (count == 0) return;
        for (int d = 0; d < mean.length; d++) mean[d] /= count;
        for (int i = 0; i < f.itemCount(); i++) {
            double[] a = f.audio(i);
            if (a == null) continue;
            for (int d = 0; d < a.length; d++) sd[d] += (a[d] - mean[d]) * (a[d] - mean[d]);
        }
        for (int d = 0; d < sd.length; d++) sd[d] = Math.sqrt(sd[d] / count);
    }

    /** Scales values[from, to) to L2 length {@code length} (all-zero ranges stay zero). */
    private static void scale(float[] values, int from, int to, double length) {
        double sq = 0;
        for (int p = from; p < to; p++) sq += (double) values[p] * values[p];
        if (sq == 0) return;
        float s = (float) (length / Math.sqrt(sq));
        for (int p = from; p < to; p++) values[p] *= s;
    }
}
