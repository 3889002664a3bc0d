package dev.encore.server.serving;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.encore.ml.registry.Recommenders;
import dev.encore.ml.serving.ModelBundle;
import dev.encore.ml.serving.ModelVersions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Model versions in {@code <data>/models/} as {@link ModelVersions} publishes them: one directory per version with
 * a {@code manifest.json}, and {@code CURRENT} naming the active one (replaced atomically). Turning a version
 * directory into a servable model is the {@link BundleLoader}'s job; {@link #bundles} reads bundles with the
 * algorithm registry.
 */
public final class DirectoryModelSource implements ModelSource {
    private final ModelVersions versions;
    private final BundleLoader loader;
    private final ObjectMapper json;

    /** Turns a published version directory into a servable model. */
    @FunctionalInterface
    public interface BundleLoader {
        LoadedModel load(String version, Path versionDir) throws IOException;
    }

    public DirectoryModelSource(Path modelsDir, BundleLoader loader, ObjectMapper json) {
        this.versions = new ModelVersions(modelsDir);
        this.loader = loader;
        this.json = json;
    }

    /** The standard loader: {@link ModelBundle#load} with {@link Recommenders#load} choosing the algorithm. */
    public static BundleLoader bundles(Clock clock) {
        return (version, dir) -> {
            ModelBundle b = ModelBundle.load(dir, Recommenders::load);
            return new LoadedModel(version, b.interactions(), b.model(), b.info(), clock.instant());
        };
    }

    @Override
    public Optional<String> currentVersion() throws IOException {
        return versions.current().filter(v -> !v.isEmpty());
    }

    @Override
    public LoadedModel load(String version) throws IOException {
        return loader.load(requireKnown(version), versions.dir(version));
    }

    @Override
    public List<String> versions() throws IOException {
        return versions.list();
    }

    @Override
    public Map<String, Object> manifest(String version) throws IOException {
        Path m = versions.dir(requireKnown(version)).resolve("manifest.json");
        if (!Files.exists(m)) return Map.of();
        return json.readValue(m.toFile(), new TypeReference<Map<String, Object>>() {});
    }

    @Override
    public void activate(String version) throws IOException {
        versions.activate(requireKnown(version));
    }

    private String requireKnown(String version) throws IOException {
        List<String> known = versions.list();
        if (!known.contains(version))
            throw new IllegalArgumentException("no model version '" + version + "' under " + versions.dir("") + "; known versions: " + known);
        return version;
    }
}
