package dev.encore.server.serving;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where model versions come from: the data directory's {@code models/} in production, versions held in memory in
 * tests. Versions are listed oldest first; {@link #currentVersion} names the one that should be served.
 */
public interface ModelSource {
    /** The version marked current, if any (cheap: polled to notice training done by another process). */
    Optional<String> currentVersion() throws IOException;

    /** Loads a version; throws {@link IllegalArgumentException} naming the known versions if it does not exist. */
    LoadedModel load(String version) throws IOException;

    List<String> versions() throws IOException;

    /** The manifest of a stored version (empty map when it has none). */
    Map<String, Object> manifest(String version) throws IOException;

    /** Marks {@code version} current; throws {@link IllegalArgumentException} naming the known versions if absent. */
    void activate(String version) throws IOException;

    /** A source with no models: the server serves nothing but stays ready if no model is required. */
    ModelSource NONE = new ModelSource() {
        @Override public Optional<String> currentVersion() { return Optional.empty(); }
        @Override public List<String> versions() { return List.of(); }
        @Override public Map<String, Object> manifest(String version) { return Map.of(); }
        @Override public LoadedModel load(String version) { throw unknown(version); }
        @Override public void activate(String version) { throw unknown(version); }

        private IllegalArgumentException unknown(String version) {
            return new IllegalArgumentException("no model version '" + version + "': this server has no model directory");
        }
    };
}
