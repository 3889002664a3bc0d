package dev.encore.products.promotion;

/**
 * One served slot. A promoted slot names its campaign and carries the {@code promoted} label that API responses
 * and the UI must show; {@code displaced} is the organic track it replaced.
 */
public record Slot(String trackId, double relevance, boolean promoted, String campaignId, String reason, String displaced) {
    public static final String LABEL = "promoted";
    /** How a promoted slot's reason begins ("promoted by CAMPAIGN ..."): the disclosure a stored playlist keeps. */
    public static final String REASON_PREFIX = "promoted by ";

    static Slot organic(RankedCandidate c) {
        return new Slot(c.trackId(), c.relevance(), false, null, c.reason(), null);
    }

    /** {@code "promoted"} for promoted slots, null otherwise. */
    public String label() {
        return promoted ? LABEL : null;
    }
}
