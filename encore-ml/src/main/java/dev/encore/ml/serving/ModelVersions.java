package dev.encore.ml.serving;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Versioned model snapshots under {@code models/}: each training run publishes {@code models/<version>/}, written
 * to a temporary directory first and renamed into place, and {@code models/CURRENT} names the active version
 * (replaced atomically). Older versions stay for rollback. Readers never see a half-written version.
 */
public final class ModelVersions {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private final Path root;
    private final Clock clock;

    public ModelVersions(Path modelsDir) {
        this(modelsDir, Clock.systemUTC());
    }

    public ModelVersions(Path modelsDir, Clock clock) {
        this.root = modelsDir;
        this.clock = clock;
    }

    /** Saves the bundle as a new version and makes it current; returns the version name. */
    public String publish(ModelBundle bundle) throws IOException {
        Files.createDirectories(root);
        String base = "v" + STAMP.format(clock.instant()) + "-" + bundle.model().algorithm();
        String version = base;
        for (int n = 2; Files.exists(root.resolve(version)); n++) version = base + "-" + n;
        Path tmp = Files.createTempDirectory(root, ".incoming-");
        bundle.save(tmp);
        Files.move(tmp, root.resolve(version), StandardCopyOption.ATOMIC_MOVE);
        activate(version);
        return version;
    }

    /** Makes an existing version current (rollback or roll forward). */
    public void activate(String version) throws IOException {
        if (!Files.isDirectory(root.resolve(version)) || version.startsWith("."))
            throw new IOException("no model version '" + version + "' under " + root + "; known: " + list());
        Path tmp = Files.createTempFile(root, ".current-", ".tmp");
        Files.writeString(tmp, version + "\n", StandardCharsets.UTF_8);
        try {
            Files.move(tmp, root.resolve("CURRENT"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, root.resolve("CURRENT"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    public Optional<String> current() throws IOException {
        Path f = root.resolve("CURRENT");
        if (!Files.exists(f)) return Optional.empty();
        return Optional.of(Files.readString(f, StandardCharsets.UTF_8).trim());
    }

    public Path dir(String version) {
        return root.resolve(version);
    }

    /** Published versions, oldest first. */
    public List<String> list() throws IOException {
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(root)) return out;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(root, p -> Files.isDirectory(p) && !p.getFileName().toString().startsWith("."))) {
            for (Path p : ds) out.add(p.getFileName().toString());
        }
        Collections.sort(out);
        return out;
    }

    /** Loads the current version, if any. */
    public Optional<ModelBundle> loadCurrent(ModelBundle.ModelLoader loader) throws IOException {
        Optional<String> v = current();
        if (v.isEmpty()) return Optional.empty();
        return Optional.of(ModelBundle.load(dir(v.get()), loader));
    }
}
