package dev.encore.ml;

/**
 * A recommended item with its score and why: {@code because} holds the dense indices of the user's items that
 * contributed most (may be empty, e.g. for popularity), {@code source} the algorithm or candidate source.
 */
public record ScoredItem(int item, float score, String source, int[] because) {
    private static final int[] NONE = new int[0];

    public ScoredItem(int item, float score, String source) {
        this(item, score, source, NONE);
    }
}
