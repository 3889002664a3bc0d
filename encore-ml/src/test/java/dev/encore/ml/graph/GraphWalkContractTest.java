package dev.encore.ml.graph;

import dev.encore.ml.Params;
import dev.encore.ml.Recommender;
import dev.encore.ml.RecommenderContractTest;

class GraphWalkContractTest extends RecommenderContractTest {
    @Override
    protected Recommender recommender() {
        return new GraphWalkRecommender();
    }

    @Override
    protected Params params() {
        return Params.parse("steps=2000,restart=0.3,seed=7");
    }
}
