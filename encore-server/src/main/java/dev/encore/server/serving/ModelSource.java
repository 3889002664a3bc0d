package dev.encore.server.serving;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where model versions come from: the data directory's {@code models/} in production, a fixed in-memory model in
 * tests. Versions are listed oldest first; {@link #activate} makes a version current for later {@link #loadCurrent}s.
 */
public interface ModelSource {
    Optional<LoadedModel> loadCurrent() throws IOException;

    List<String> versions() throws IOException;

    /** The manifest of a stored version (empty map when it has none). */
    Map<String, Object> manifest(String version) throws IOException;

    /** Makes {@code version} current; throws {@link IllegalArgumentException} naming the known versions if absent. */
    void activate(String version) throws IOException;

    /** A source with no models: the server serves nothing but stays ready if no model is required. */
    ModelSource NONE = new ModelSource() {
        @Override public Optional<LoadedModel> loadCurrent() { return Optional.empty(); }
        @Override public List<String> versions() { return List.of(); }
        @Override public Map<String, Object> manifest(String version) { return Map.of(); }
        @Override public void activate(String version) {
            throw new IllegalArgumentException("no model version '" + version + "': this server has no model directory");
        }
    };
}
