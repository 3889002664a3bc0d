package dev.encore.ml.als;

import dev.encore.core.matrix.InteractionMatrix;
import dev.encore.ml.Params;
import dev.encore.ml.Recommender;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Implicit ALS behind the {@link Recommender} interface (name "als"). Parameters: factors (64), regularization
 * (0.01), alpha (10), iterations (15), cg_steps (3), threads (0 = all cores), seed (42), calculate_loss (true);
 * see {@link AlsParams}.
 */
public final class AlsRecommender implements Recommender {
    @Override
    public String name() {
        return AlsModel.ALGORITHM;
    }

    @Override
    public AlsModel fit(InteractionMatrix interactions, Params params) {
        return fit(interactions, AlsParams.from(params), AlsTrainer.Listener.NONE);
    }

    /** Trains, reporting each iteration to {@code listener} (e.g. a progress bar). */
    public AlsModel fit(InteractionMatrix interactions, AlsParams params, AlsTrainer.Listener listener) {
        return AlsModel.of(interactions, params, AlsTrainer.train(interactions, params, listener));
    }

    /** Loads onto the heap; see {@link AlsModel#load(Path, boolean)} to memory-map the user factors. */
    @Override
    public AlsModel load(Path dir) throws IOException {
        return AlsModel.load(dir, false);
    }
}
