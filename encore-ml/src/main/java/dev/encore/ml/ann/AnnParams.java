package dev.encore.ml.ann;

import dev.encore.ml.Params;

/**
 * HNSW settings.
 *
 * @param m              neighbours per node on upper levels (2·m on level 0): more = better recall, more memory
 * @param efConstruction beam width while building: more = better graph, slower build
 * @param efSearch       default beam width of a search (raised to k when smaller)
 * @param seed           seed of the level assignment (the only randomness; the build is deterministic)
 * @param threads        build threads, 0 = all cores (the graph does not depend on it)
 * @param normRanges     inner product only: how the items are split by norm, one graph per range. 0 = automatic:
 *                       one graph below {@value #AUTO_RANGES_FROM} items, else ranges whose largest norm is at most
 *                       twice their smallest (fewer items where norms are large); n ≥ 1: n ranges of equal size
 */
public record AnnParams(int m, int efConstruction, int efSearch, long seed, int threads, int normRanges) {
    /** Item count from which automatic norm ranges split the index. */
    public static final int AUTO_RANGES_FROM = 100_000;

    public AnnParams(int m, int efConstruction, int efSearch, long seed, int threads) {
        this(m, efConstruction, efSearch, seed, threads, 0);
    }

    public AnnParams {
        if (normRanges < 0 || normRanges > 64) throw new IllegalArgumentException("ANN parameter norm_ranges=" + normRanges + " is invalid: expected 0 (auto) .. 64");
        if (m < 2 || m > 256) throw new IllegalArgumentException("ANN parameter m=" + m + " is invalid: expected 2..256, e.g. m=16");
        if (efConstruction < 1) throw new IllegalArgumentException("ANN parameter ef_construction=" + efConstruction + " is invalid: expected >= 1, e.g. 100");
        if (efSearch < 1) throw new IllegalArgumentException("ANN parameter ef_search=" + efSearch + " is invalid: expected >= 1, e.g. 128");
        if (threads < 0) throw new IllegalArgumentException("ANN parameter threads=" + threads + " is invalid: expected >= 0 (0 = all cores)");
    }

    public static AnnParams defaults() {
        return new AnnParams(16, 200, 128, 42, 0);
    }

    /** Reads m, ef_construction, ef_search, seed, threads and norm_ranges. */
    public static AnnParams from(Params p) {
        AnnParams d = defaults();
        return new AnnParams(p.getInt("m", d.m()), p.getInt("ef_construction", d.efConstruction()),
                p.getInt("ef_search", d.efSearch()), p.getLong("seed", d.seed()), p.getInt("threads", d.threads()),
                p.getInt("norm_ranges", 0));
    }

    public AnnParams withEfSearch(int ef) {
        return new AnnParams(m, efConstruction, ef, seed, threads, normRanges);
    }

    /** Equal-size ranges to use for n items, or 0 for norm-doubling ranges (cosine always uses one graph). */
    int rangesFor(int n, boolean cosine) {
        if (cosine || n == 0) return 1;
        if (normRanges == 0) return n < AUTO_RANGES_FROM ? 1 : 0;
        return Math.min(normRanges, n);
    }
}
