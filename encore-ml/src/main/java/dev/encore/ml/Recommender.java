package dev.encore.ml;

import dev.encore.core.matrix.InteractionMatrix;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An algorithm: trains a {@link Model} from a user × item matrix, and loads models it saved. Every algorithm and the
 * evaluation harness speak only this interface (one small interface, many algorithms, as in the implicit library).
 */
public interface Recommender {
    /** Short stable name used on the command line and in snapshot manifests ("als", "itemknn", ...). */
    String name();

    Model fit(InteractionMatrix interactions, Params params);

    /** Loads a model that {@link Model#save(Path)} wrote into {@code dir}. */
    Model load(Path dir) throws IOException;
}
