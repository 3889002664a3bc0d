package dev.encore.server.serving;

import dev.encore.core.matrix.Interactions;
import dev.encore.ml.Model;

import java.time.Instant;
import java.util.Map;

/**
 * One model version ready to serve: the model, the interactions it was trained on (history to exclude and explain
 * with) and its manifest. {@code loadedAt} feeds the model-age gauge.
 */
public record LoadedModel(String version, Interactions interactions, Model model, Map<String, Object> manifest, Instant loadedAt) {
    public LoadedModel {
        manifest = Map.copyOf(manifest);
    }

    public String itemId(int item) {
        return interactions.items().id(item);
    }
}
