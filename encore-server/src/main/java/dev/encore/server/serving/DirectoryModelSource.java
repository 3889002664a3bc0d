package dev.encore.server.serving;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Model versions in {@code <data>/models/}, in the layout {@code dev.encore.ml.serving.ModelVersions} publishes:
 * one directory per version with a {@code manifest.json}, and {@code CURRENT} naming the active one (replaced
 * atomically). Loading a version's bundle is delegated to a {@link BundleLoader}, so this class needs no algorithm
 * registry: the caller passes {@code ModelBundle.load(dir, Recommenders::load)} wrapped as a loader.
 */
public final class DirectoryModelSource implements ModelSource {
    private final Path root;
    private final BundleLoader loader;
    private final ObjectMapper json;

    /** Turns a published version directory into a servable model. */
    @FunctionalInterface
    public interface BundleLoader {
        LoadedModel load(String version, Path versionDir) throws IOException;
    }

    public DirectoryModelSource(Path modelsDir, BundleLoader loader, ObjectMapper json) {
        this.root = modelsDir;
        this.loader = loader;
        this.json = json;
    }

    @Override
    public Optional<String> currentVersion() throws IOException {
        Path f = root.resolve("CURRENT");
        if (!Files.exists(f)) return Optional.empty();
        String v = Files.readString(f, StandardCharsets.UTF_8).trim();
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    @Override
    public LoadedModel load(String version) throws IOException {
        return loader.load(requireKnown(version), root.resolve(version));
    }

    @Override
    public List<String> versions() throws IOException {
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(root)) return out;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(root, p -> Files.isDirectory(p) && !p.getFileName().toString().startsWith("."))) {
            for (Path p : ds) out.add(p.getFileName().toString());
        }
        Collections.sort(out);
        return out;
    }

    @Override
    public Map<String, Object> manifest(String version) throws IOException {
        Path m = root.resolve(requireKnown(version)).resolve("manifest.json");
        if (!Files.exists(m)) return Map.of();
        return json.readValue(m.toFile(), new TypeReference<Map<String, Object>>() {});
    }

    @Override
    public void activate(String version) throws IOException {
        requireKnown(version);
        Path tmp = Files.createTempFile(root, ".current-", ".tmp");
        Files.writeString(tmp, version + "\n", StandardCharsets.UTF_8);
        try {
            Files.move(tmp, root.resolve("CURRENT"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, root.resolve("CURRENT"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private String requireKnown(String version) throws IOException {
        List<String> known = versions();
        if (!known.contains(version))
            throw new IllegalArgumentException("no model version '" + version + "' under " + root + "; known versions: " + known);
        return version;
    }
}
