package dev.encore.eval.metrics;

/** The per-user accuracy metrics by name; see {@link RankingMetrics} for each definition and its source. */
public enum Metric {
    RECALL("recall", true),
    PRECISION("precision", true),
    NDCG("ndcg", true),
    MAP("map", true),
    MRR("mrr", true),
    HIT_RATE("hitrate", true),
    R_PRECISION("rprecision", false);

    private final String key;
    private final boolean atK;

    Metric(String key, boolean atK) {
        this.key = key;
        this.atK = atK;
    }

    /** Short name used in reports and tuning targets ("ndcg", "recall", ...). */
    public String key() {
        return key;
    }

    /** Whether the metric depends on a cut-off K (R-precision does not). */
    public boolean atK() {
        return atK;
    }

    /** Report label: "ndcg@10", or "rprecision". */
    public String label(int k) {
        return atK ? key + "@" + k : key;
    }

    public double of(int[] ranked, int[] relevant, int k) {
        return switch (this) {
            case RECALL -> RankingMetrics.recall(ranked, relevant, k);
            case PRECISION -> RankingMetrics.precision(ranked, relevant, k);
            case NDCG -> RankingMetrics.ndcg(ranked, relevant, k);
            case MAP -> RankingMetrics.averagePrecision(ranked, relevant, k);
            case MRR -> RankingMetrics.reciprocalRank(ranked, relevant, k);
            case HIT_RATE -> RankingMetrics.hitRate(ranked, relevant, k);
            case R_PRECISION -> RankingMetrics.rPrecision(ranked, relevant);
        };
    }

    /** Parses a key ("ndcg") or a label ("ndcg@10", whose K is then ignored here). */
    public static Metric byKey(String name) {
        String k = name.contains("@") ? name.substring(0, name.indexOf('@')) : name;
        for (Metric m : values()) if (m.key.equalsIgnoreCase(k.trim())) return m;
        throw new IllegalArgumentException("unknown metric '" + name + "'; known: recall, precision, ndcg, map, mrr, hitrate, rprecision");
    }
}
