package dev.encore.eval.run;

import dev.encore.core.matrix.InteractionMatrix;
import dev.encore.eval.data.InteractionLog;
import dev.encore.eval.fixtures.OracleRecommender;
import dev.encore.eval.fixtures.Planted;
import dev.encore.eval.split.RatioSplit;
import dev.encore.eval.split.Split;
import dev.encore.ml.Model;
import dev.encore.ml.Params;
import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class UnrankedItemsTest {
    @Test
    void aThreeWaySplitsValidationItemsAreNeverRankedAtTestTime() {
        InteractionLog log = Planted.clustered(80, 60, 4, 10, 7);
        Split split = new RatioSplit(0.8, 0.1, 0.1).split(log, 3);
        assertThat(split.unranked()).isNotNull();
        InteractionMatrix train = split.train().toMatrix(), valid = split.unranked().toMatrix();
        // A model that knows the validation items ranks them first: without the exclusion they fill its lists.
        Model cheat = new OracleRecommender(valid).fit(train, Params.empty());
        int[] users = IntStream.range(0, train.rows()).filter(u -> valid.rowNnz(u) > 0).toArray();
        int[][] plain = ListMaker.lists("cheat", cheat, train, users, p -> 10, 1, Progress.NONE);
        int[][] fair = ListMaker.lists("cheat", cheat, train, valid, users, p -> 10, 1, Progress.NONE);
        long plainHits = 0;
        for (int p = 0; p < users.length; p++) {
            for (int item : plain[p]) if (valid.contains(users[p], item)) plainHits++;
            for (int item : fair[p]) assertThat(valid.contains(users[p], item)).isFalse();
            assertThat(fair[p]).hasSize(10);
        }
        assertThat(plainHits).isPositive();
    }
}
