package dev.encore.ml;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A trained model. Users and items are the dense indices of the matrix it was trained on. Implementations are
 * immutable and safe for concurrent readers.
 */
public interface Model {
    String algorithm();

    int userCount();

    int itemCount();

    /**
     * Top {@code k} items for {@code query}, best first, skipping items the filter rejects. A query may name a
     * known user, carry fresh interactions (fold-in without retraining), or both.
     */
    List<ScoredItem> recommend(UserQuery query, int k, ItemFilter filter);

    /**
     * As {@link #recommend(UserQuery, int, ItemFilter)}; with {@code explain == false} a model may skip the work behind
     * {@link ScoredItem#because()} and leave it empty (serving calls that will not show reasons ask for this).
     */
    default List<ScoredItem> recommend(UserQuery query, int k, ItemFilter filter, boolean explain) {
        return recommend(query, k, filter);
    }

    /**
     * For each of {@code items}, up to {@code max} of the query's history items that add most to its score, largest
     * first: the reasons {@link #recommend} would attach, computed later for just the items that get shown. Models
     * that cannot explain return empty arrays.
     */
    default int[][] explain(UserQuery query, int[] items, int max) {
        int[][] none = new int[items.length][];
        java.util.Arrays.fill(none, new int[0]);
        return none;
    }

    /** Items most similar to {@code item}, best first, never the item itself. */
    List<ScoredItem> similarItems(int item, int k, ItemFilter filter);

    /** Scores of the given items for {@code query}, in the order given (for re-ranking and evaluation). */
    float[] score(UserQuery query, int[] items);

    /** One item's score for the query a scorer was prepared for. */
    @FunctionalInterface
    interface ItemScorer {
        float score(int item);
    }

    /**
     * A scorer for {@code query}, for callers that ask about one item at a time (a re-ranker going through one
     * listener's candidates): models whose scoring starts with per-query work (ALS finds the listener's factor) do it
     * once here. Gives exactly what {@link #score} gives.
     */
    default ItemScorer scorer(UserQuery query) {
        return item -> score(query, new int[] {item})[0];
    }

    /** Writes the model (binary little-endian float32 arrays + manifest.json) into an empty or new directory. */
    void save(Path dir) throws IOException;
}
