package dev.encore.ml.content;

import dev.encore.ml.Recommender;
import dev.encore.ml.RecommenderContractTest;

/** Content features that mirror the checkerboard: a block tag per parity plus one tag of the item's own. */
class ContentContractTest extends RecommenderContractTest {
    @Override
    protected Recommender recommender() {
        ItemFeatures.Builder f = ItemFeatures.builder(ITEMS);
        for (int i = 0; i < ITEMS; i++) {
            f.tag(i, i % 2 == 0 ? "even-block" : "odd-block", 2);
            f.tag(i, "item-" + i);
        }
        return new ContentRecommender(f.build());
    }
}
