package dev.encore.products.promotion;

/** One organic candidate, in ranked order, with its relevance for the listener (higher is better). */
public record RankedCandidate(String trackId, double relevance, String reason) {
    public RankedCandidate {
        if (trackId == null || trackId.isBlank()) throw new IllegalArgumentException("candidate track id must not be empty");
        if (!Double.isFinite(relevance)) throw new IllegalArgumentException("candidate " + trackId + " relevance must be finite, got " + relevance);
    }
}
