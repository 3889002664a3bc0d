package dev.encore.ml.graph;

import dev.encore.core.matrix.InteractionMatrix;
import dev.encore.ml.Model;
import dev.encore.ml.Params;
import dev.encore.ml.Recommender;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Random walks with restart on the user–item bipartite graph, after Pinterest's Pixie (name {@code "graph"}).
 * Training only keeps the graph; the walks run per query ({@link PixieWalk}). Parameters: {@code steps=20000}
 * item visits per query, shared among the query's items in proportion to their weights; {@code restart=0.3},
 * the chance after each visit of jumping back to the walk's starting item (mean walk length 1 / restart);
 * {@code boost=true} combines per-item visit counts as (Σ √visits)², which favours items reached from several of the
 * listener's items over items hammered from one; {@code seed=42}.
 */
public final class GraphWalkRecommender implements Recommender {
    public static final String NAME = "graph";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Model fit(InteractionMatrix m, Params params) {
        return new GraphWalkModel(m.indptr(), m.indices(), m.rows(), m.cols(), params);
    }

    @Override
    public Model load(Path dir) throws IOException {
        return GraphWalkModel.load(dir);
    }
}
