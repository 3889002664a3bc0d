package dev.encore.bench.ann;

/**
 * The standard reduction of maximum inner product to cosine search (Bachrach et al. 2014, "XBOX"): each item x gets an
 * extra coordinate √(R² − |x|²), R the largest item norm, so every item has norm R; the query gets 0 there. Then
 * q'·x' = q·x, and after scaling everything to unit length the nearest neighbours by dot product are the items with
 * the largest inner product — in a space where HNSW's graph is built on a true metric.
 */
final class MipTransform {
    private MipTransform() {}

    /** Rows of m (n × dim) as unit vectors of width dim + 1. */
    static float[] items(float[] m, int n, int dim) {
        double[] sq = new double[n];
        double max = 0;
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int d = 0; d < dim; d++) s += (double) m[i * dim + d] * m[i * dim + d];
            sq[i] = s;
            max = Math.max(max, s);
        }
        if (max == 0) throw new IllegalArgumentException("all " + n + " item vectors are zero: nothing to rank");
        double r = Math.sqrt(max);
        float[] out = new float[n * (dim + 1)];
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < dim; d++) out[i * (dim + 1) + d] = (float) (m[i * dim + d] / r);
            out[i * (dim + 1) + dim] = (float) (Math.sqrt(Math.max(0, max - sq[i])) / r);
        }
        return out;
    }

    /** The query as a unit vector of width q.length + 1 (last coordinate 0); a zero query stays zero. */
    static float[] query(float[] q) {
        double s = 0;
        for (float v : q) s += (double) v * v;
        float[] out = new float[q.length + 1];
        double norm = Math.sqrt(s);
        if (norm > 0) for (int d = 0; d < q.length; d++) out[d] = (float) (q[d] / norm);
        return out;
    }
}
