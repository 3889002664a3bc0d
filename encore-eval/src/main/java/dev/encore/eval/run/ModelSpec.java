package dev.encore.eval.run;

import dev.encore.ml.Params;
import dev.encore.ml.Recommender;

import java.util.Objects;

/** One model to evaluate: a report name (unique within a run), the algorithm, and its hyper-parameters. */
public record ModelSpec(String name, Recommender recommender, Params params) {
    public ModelSpec {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("model name must not be empty");
        Objects.requireNonNull(recommender, "recommender");
        Objects.requireNonNull(params, "params");
    }
}
