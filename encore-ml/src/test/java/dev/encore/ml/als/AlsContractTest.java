package dev.encore.ml.als;

import dev.encore.ml.Params;
import dev.encore.ml.Recommender;
import dev.encore.ml.RecommenderContractTest;

/** ALS passes the checks every recommender must pass, on the shared checkerboard. */
class AlsContractTest extends RecommenderContractTest {
    @Override
    protected Recommender recommender() {
        return new AlsRecommender();
    }

    @Override
    protected Params params() {
        return Params.parse("factors=3,regularization=0.1,alpha=2,iterations=15,threads=2,seed=3");
    }
}
