package dev.encore.ml.serving;

import dev.encore.core.matrix.IdMap;
import dev.encore.core.matrix.InteractionMatrix;
import dev.encore.core.matrix.Interactions;
import dev.encore.ml.Model;
import dev.encore.ml.snapshot.Snapshot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What serving needs from one training run: the model, the interactions it was trained on (to exclude what a
 * listener has heard and to explain recommendations) and the id maps that turn dense indices back into ids.
 * On disk: {@code manifest.json}, {@code users.txt}, {@code items.txt}, {@code interactions/*} and {@code model/*}.
 */
public record ModelBundle(Interactions interactions, Model model, Map<String, Object> info) {

    public ModelBundle {
        info = Map.copyOf(info);
    }

    public void save(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.write(dir.resolve("users.txt"), interactions.users().ids(), StandardCharsets.UTF_8);
        Files.write(dir.resolve("items.txt"), interactions.items().ids(), StandardCharsets.UTF_8);
        InteractionMatrix m = interactions.matrix();
        Path mx = dir.resolve("interactions");
        Snapshot.writeInts(mx, "indptr", m.indptr());
        Snapshot.writeInts(mx, "indices", m.indices());
        Snapshot.writeFloats(mx, "values", m.values());
        model.save(dir.resolve("model"));
        Map<String, Object> manifest = new LinkedHashMap<>(info);
        manifest.put("algorithm", model.algorithm());
        manifest.put("users", m.rows());
        manifest.put("items", m.cols());
        manifest.put("nnz", m.nnz());
        Snapshot.writeManifest(dir, manifest);
    }

    /** Loads a bundle; {@code loader} turns the {@code model/} directory back into a model (e.g. a registry). */
    public static ModelBundle load(Path dir, ModelLoader loader) throws IOException {
        Map<String, Object> info = Snapshot.readManifest(dir);
        IdMap users = IdMap.of(readLines(dir.resolve("users.txt")));
        IdMap items = IdMap.of(readLines(dir.resolve("items.txt")));
        Path mx = dir.resolve("interactions");
        InteractionMatrix m = new InteractionMatrix(users.size(), items.size(),
                Snapshot.readInts(mx, "indptr"), Snapshot.readInts(mx, "indices"), Snapshot.readFloats(mx, "values"));
        return new ModelBundle(new Interactions(users, items, m), loader.load(dir.resolve("model")), info);
    }

    private static List<String> readLines(Path file) throws IOException {
        if (!Files.exists(file)) return List.of();
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    /** Loads the model part of a bundle. */
    @FunctionalInterface
    public interface ModelLoader {
        Model load(Path modelDir) throws IOException;
    }

    /** The id of dense item {@code i}. */
    public String itemId(int i) {
        return interactions.items().id(i);
    }

    /** Maps a list of dense indices to ids. */
    public List<String> itemIds(int[] items) {
        return java.util.Arrays.stream(items).mapToObj(this::itemId).toList();
    }
}
