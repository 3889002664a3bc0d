package dev.encore.ml.knn;

import dev.encore.core.matrix.InteractionMatrix;
import dev.encore.ml.Model;
import dev.encore.ml.Params;
import dev.encore.ml.Recommender;
import dev.encore.ml.registry.Parallel;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Item–item nearest neighbours from co-listening (name {@code "itemknn"}). Parameters:
 * {@code weighting=cosine|tfidf|bm25} (default cosine, see {@link Weighting}), {@code neighbours=50} kept per item,
 * {@code k1=1.2} and {@code b=0.75} for bm25, {@code threads} (default: all cores).
 *
 * <p>Artist–artist similarity is the same algorithm on a user × artist matrix: build one with
 * {@link ArtistMatrix#fromTracks} (or feed artist ids as the items of an {@code InteractionsBuilder}) and fit this
 * recommender on it.
 */
public final class ItemKnnRecommender implements Recommender {
    public static final String NAME = "itemknn";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Model fit(InteractionMatrix m, Params params) {
        Weighting weighting = Weighting.parse(params.getString("weighting", "cosine"));
        int neighbours = params.getInt("neighbours", 50);
        if (neighbours < 1) throw new IllegalArgumentException("parameter neighbours=" + neighbours + " must be >= 1");
        InteractionMatrix itemUsers = m.transpose();
        float[] weighted = weighting.apply(itemUsers, params.getDouble("k1", 1.2), params.getDouble("b", 0.75));
        InteractionMatrix rows = new InteractionMatrix(itemUsers.rows(), itemUsers.cols(), itemUsers.indptr(),
                itemUsers.indices(), weighted);
        Neighbours sims = Neighbours.allPairs(rows, neighbours, Parallel.threads(params));
        return new ItemKnnModel(m.rows(), sims, params);
    }

    @Override
    public Model load(Path dir) throws IOException {
        return ItemKnnModel.load(dir);
    }
}
