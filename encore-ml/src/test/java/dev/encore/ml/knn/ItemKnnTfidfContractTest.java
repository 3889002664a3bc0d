package dev.encore.ml.knn;

import dev.encore.ml.Params;
import dev.encore.ml.Recommender;
import dev.encore.ml.RecommenderContractTest;

class ItemKnnTfidfContractTest extends RecommenderContractTest {
    @Override
    protected Recommender recommender() {
        return new ItemKnnRecommender();
    }

    @Override
    protected Params params() {
        return Params.parse("weighting=tfidf,neighbours=5,threads=2");
    }
}
