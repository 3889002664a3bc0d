package dev.encore.ml.content;

import dev.encore.core.matrix.InteractionMatrix;
import dev.encore.ml.Model;
import dev.encore.ml.Params;
import dev.encore.ml.Recommender;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Content-based similarity (name {@code "content"}): items as tag/genre TF-IDF vectors joined with standardised
 * audio features ({@link ContentVectors}), compared by cosine. It serves tracks nobody has played yet (cold start):
 * give the interaction matrix a column for every catalog item. Parameter {@code audioWeight=0.5}: the audio part's
 * length relative to the tag part's.
 *
 * <p>{@link #fit} has no side data of its own, so the features come through the constructor; the no-argument
 * instance (what {@code Recommenders.byName("content")} returns) can only {@link #load} models.
 */
public final class ContentRecommender implements Recommender {
    public static final String NAME = "content";
    private final ItemFeatures features;

    /** For loading saved models only. */
    public ContentRecommender() {
        this(null);
    }

    public ContentRecommender(ItemFeatures features) {
        this.features = features;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Model fit(InteractionMatrix m, Params params) {
        if (features == null)
            throw new IllegalStateException("content recommender has no item features: construct it with "
                    + "new ContentRecommender(ItemFeatures.fromTracks(items, tracks)) to fit");
        if (features.itemCount() != m.cols())
            throw new IllegalArgumentException("item features cover " + features.itemCount() + " items but the matrix has "
                    + m.cols() + " columns: build both with the same item IdMap");
        InteractionMatrix vectors = ContentVectors.build(features, params.getDouble("audioWeight", 0.5));
        return new ContentModel(m.rows(), vectors, params);
    }

    @Override
    public Model load(Path dir) throws IOException {
        return ContentModel.load(dir);
    }
}
