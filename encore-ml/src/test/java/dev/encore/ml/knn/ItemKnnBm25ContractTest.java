package dev.encore.ml.knn;

import dev.encore.ml.Params;
import dev.encore.ml.Recommender;
import dev.encore.ml.RecommenderContractTest;

class ItemKnnBm25ContractTest extends RecommenderContractTest {
    @Override
    protected Recommender recommender() {
        return new ItemKnnRecommender();
    }

    @Override
    protected Params params() {
        return Params.parse("weighting=bm25,neighbours=5,threads=2");
    }
}
