package dev.encore.ml.popularity;

import dev.encore.ml.Recommender;
import dev.encore.ml.RecommenderContractTest;

/** The global chart: not personalised, no item similarity. */
class PopularityContractTest extends RecommenderContractTest {
    @Override
    protected Recommender recommender() {
        return new PopularityRecommender();
    }

    @Override
    protected boolean personalised() {
        return false;
    }

    @Override
    protected boolean hasItemSimilarity() {
        return false;
    }
}
