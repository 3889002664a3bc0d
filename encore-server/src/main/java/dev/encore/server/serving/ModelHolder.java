package dev.encore.server.serving;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The model being served, swapped atomically: a request reads the reference once and uses that version to the end,
 * so a swap never fails or mixes versions inside a request. A version is loaded completely before it is swapped in;
 * if loading fails the old version keeps serving and the error is kept for {@code /readyz}. Swaps are serialised.
 */
public final class ModelHolder {
    private static final Logger LOG = LoggerFactory.getLogger(ModelHolder.class);
    private final ModelSource source;
    private final Clock clock;
    private final AtomicReference<LoadedModel> current = new AtomicReference<>();
    private volatile String lastError;
    private volatile String failedVersion;
    private final MultiGauge versionGauge;
    private final List<Consumer<LoadedModel>> swapListeners = new CopyOnWriteArrayList<>();

    public ModelHolder(ModelSource source, Clock clock, MeterRegistry registry) {
        this.source = source;
        this.clock = clock;
        this.versionGauge = MultiGauge.builder("encore.model.info").description("1 for the model version being served")
                .register(registry);
        Gauge.builder("encore.model.age.seconds", this, ModelHolder::ageSeconds)
                .description("seconds since the served model was loaded (NaN when none)").register(registry);
    }

    public Optional<LoadedModel> current() {
        return Optional.ofNullable(current.get());
    }

    public ModelSource source() {
        return source;
    }

    /** Called after each swap with the model now served (e.g. to prune the real-time overlay). */
    public void onSwap(Consumer<LoadedModel> listener) {
        swapListeners.add(listener);
    }

    /** Why the last load failed, or null. */
    public String lastError() {
        return lastError;
    }

    /**
     * Serves the source's current version if it differs from the one served (after training, or a CURRENT
     * changed by another process). Returns what is served afterwards; a failed load leaves the old model serving.
     */
    public synchronized Optional<LoadedModel> reload() throws IOException {
        return reload(true);
    }

    /** As {@link #reload()}; with {@code retryFailed=false} a version that failed before is not retried (polling). */
    public synchronized Optional<LoadedModel> reload(boolean retryFailed) throws IOException {
        Optional<String> v = source.currentVersion();
        LoadedModel served = current.get();
        if (v.isEmpty() || (served != null && served.version().equals(v.get()))) return current();
        if (!retryFailed && v.get().equals(failedVersion)) return current();
        try {
            swap(source.load(v.get()));
        } catch (IOException | RuntimeException e) {
            failedVersion = v.get();
            lastError = "model version " + v.get() + " failed to load: " + e.getMessage();
            LOG.error("{}; still serving {}", lastError, served == null ? "nothing" : served.version(), e);
            throw e;
        }
        return current();
    }

    /** Loads a stored version, swaps it in, then marks it current (nothing changes if loading fails). */
    public synchronized LoadedModel activate(String version) throws IOException {
        LoadedModel m = source.load(version);
        swap(m);
        source.activate(version);
        return m;
    }

    private void swap(LoadedModel m) {
        current.set(m);
        lastError = null;
        failedVersion = null;
        versionGauge.register(List.of(MultiGauge.Row.of(
                Tags.of("version", m.version(), "algorithm", m.model().algorithm()), 1)), true);
        LOG.info("serving model version {} ({}, {} users x {} items)", m.version(), m.model().algorithm(),
                m.interactions().users().size(), m.interactions().items().size());
        for (Consumer<LoadedModel> l : swapListeners) l.accept(m);
    }

    private double ageSeconds() {
        LoadedModel m = current.get();
        return m == null ? Double.NaN : (clock.millis() - m.loadedAt().toEpochMilli()) / 1000.0;
    }
}
