package dev.encore.ml.popularity;

import dev.encore.ml.Recommender;
import dev.encore.ml.RecommenderContractTest;

/** Country charts where the checkerboard's blocks are two countries, so the chart is the listener's block first. */
class CountryPopularityContractTest extends RecommenderContractTest {
    @Override
    protected Recommender recommender() {
        String[] country = new String[USERS];
        for (int u = 0; u < USERS; u++) country[u] = u % 2 == 0 ? "SE" : "BR";
        return PopularityRecommender.byCountry(country);
    }

    @Override
    protected boolean personalised() {
        return false; // fold-in users have no country: they get the global chart
    }

    @Override
    protected boolean hasItemSimilarity() {
        return false;
    }
}
