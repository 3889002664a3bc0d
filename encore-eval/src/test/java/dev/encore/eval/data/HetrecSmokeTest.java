package dev.encore.eval.data;

import dev.encore.eval.fixtures.PopularityRecommender;
import dev.encore.eval.fixtures.RandomRecommender;
import dev.encore.eval.run.Evaluation;
import dev.encore.eval.run.EvaluationResult;
import dev.encore.eval.run.ModelSpec;
import dev.encore.eval.split.RandomHoldout;
import dev.encore.eval.stats.PairedComparison;
import dev.encore.ml.Params;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Loads the HetRec 2011 Last.fm 2K copy bundled with the repository and runs one small evaluation on it. */
class HetrecSmokeTest {
    private static final Path DEMO = Path.of("..", "data", "demo", "hetrec2011-lastfm-2k");

    @Test
    void loadsTheDataSetAndPopularityBeatsRandom() {
        HetrecLoader.Data d = HetrecLoader.load(DEMO);
        // the data set's readme: 1892 users, 17632 artists, 92834 user-listened artist relations
        assertThat(d.users().size()).isEqualTo(1892);
        assertThat(d.log().size()).isEqualTo(92834);
        assertThat(d.items().size()).isBetween(17_600, 17_632);
        assertThat(d.metadata().tagsOf()[d.items().indexOf("lastfm:artist:89")]).isNotEmpty(); // Lady Gaga is tagged

        EvaluationResult r = new Evaluation().data(d.log(), new RandomHoldout(0.2)).seed(1).ks(10).bootstrapResamples(200)
                .metadata(d.metadata())
                .model(new ModelSpec("random", new RandomRecommender(), Params.empty()))
                .model(new ModelSpec("popular", new PopularityRecommender(), Params.empty())).run();
        System.out.println(dev.encore.eval.report.MarkdownReport.render(r));
        assertThat(r.testUsers().length).isGreaterThan(1800);
        double pop = r.model("popular").metric("ndcg@10").value(), rnd = r.model("random").metric("ndcg@10").value();
        assertThat(pop).isGreaterThan(0.05);
        assertThat(rnd).isLessThan(0.01);
        PairedComparison.Result c = r.comparisons().stream().filter(x -> x.metric().equals("ndcg@10")).findFirst().orElseThrow();
        assertThat(c.tTestP()).isLessThan(1e-6);
        assertThat(r.model("popular").metric("coverage@10").value()).isLessThan(r.model("random").metric("coverage@10").value());
    }
}
