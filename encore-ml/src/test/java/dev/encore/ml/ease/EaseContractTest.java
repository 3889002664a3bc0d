package dev.encore.ml.ease;

import dev.encore.ml.Params;
import dev.encore.ml.Recommender;
import dev.encore.ml.RecommenderContractTest;

class EaseContractTest extends RecommenderContractTest {
    @Override
    protected Recommender recommender() {
        return new EaseRecommender();
    }

    @Override
    protected Params params() {
        return Params.parse("lambda=10,threads=2");
    }
}
