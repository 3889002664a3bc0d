package dev.encore.products.candidates;

/**
 * A track proposed by one candidate source: its dense item index in the current bundle, the source's own score
 * (only comparable within that source), the source name and a human reason ("because you played X").
 */
public record Candidate(int item, double score, String source, String reason) {
    public Candidate {
        if (source == null || source.isBlank()) throw new IllegalArgumentException("candidate source must be named");
        if (reason == null || reason.isBlank())
            throw new IllegalArgumentException("candidate " + item + " from " + source + " has no reason: every served item explains itself");
    }
}
