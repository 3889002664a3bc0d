package dev.encore.server;

import dev.encore.server.serving.LoadedModel;
import dev.encore.server.serving.ModelSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Model versions held in memory, for tests that need no files. */
final class MemoryModelSource implements ModelSource {
    private final Map<String, LoadedModel> versions = new LinkedHashMap<>();
    private volatile String current;

    synchronized MemoryModelSource add(LoadedModel m) {
        versions.put(m.version(), m);
        current = m.version();
        return this;
    }

    @Override public synchronized Optional<String> currentVersion() { return Optional.ofNullable(current); }

    @Override
    public synchronized LoadedModel load(String v) {
        if (!versions.containsKey(v)) throw new IllegalArgumentException("no model version '" + v + "'; known: " + versions.keySet());
        return versions.get(v);
    }
    @Override public synchronized List<String> versions() { return new ArrayList<>(versions.keySet()); }
    @Override public synchronized Map<String, Object> manifest(String v) { return versions.get(v).manifest(); }

    @Override
    public synchronized void activate(String v) {
        if (!versions.containsKey(v)) throw new IllegalArgumentException("no model version '" + v + "'; known: " + versions.keySet());
        current = v;
    }
}
