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
import java.util.concurrent.atomic.AtomicReference;

/**
 * The model being served, swapped atomically: a request reads the reference once and uses that version to the end,
 * so a {@link #reload()} never fails or mixes versions inside a request. Reloads are serialised.
 */
public final class ModelHolder {
    private static final Logger LOG = LoggerFactory.getLogger(ModelHolder.class);
    private final ModelSource source;
    private final Clock clock;
    private final AtomicReference<LoadedModel> current = new AtomicReference<>();
    private final MultiGauge versionGauge;

    public ModelHolder(ModelSource source, Clock clock, MeterRegistry registry) {
        this.source = source;
        this.clock = clock;
        this.versionGauge = MultiGauge.builder("encore.model.info").description("1 for the model version being served")
                .register(registry);
        Gauge.builder("encore.model.age.seconds", this, h -> h.ageSeconds())
                .description("seconds since the served model was loaded (NaN when none)").register(registry);
    }

    public Optional<LoadedModel> current() {
        return Optional.ofNullable(current.get());
    }

    public ModelSource source() {
        return source;
    }

    /** Loads the source's current version and swaps it in; returns what is served afterwards. */
    public synchronized Optional<LoadedModel> reload() throws IOException {
        Optional<LoadedModel> next = source.loadCurrent();
        next.ifPresent(m -> {
            current.set(m);
            versionGauge.register(List.of(MultiGauge.Row.of(
                    Tags.of("version", m.version(), "algorithm", m.model().algorithm()), 1)), true);
            LOG.info("serving model version {} ({}, {} users x {} items)", m.version(), m.model().algorithm(),
                    m.interactions().users().size(), m.interactions().items().size());
        });
        return current();
    }

    /** Activates a stored version and serves it. */
    public synchronized LoadedModel activate(String version) throws IOException {
        source.activate(version);
        return reload().orElseThrow(() -> new IOException("version " + version + " was activated but could not be loaded"));
    }

    private double ageSeconds() {
        LoadedModel m = current.get();
        return m == null ? Double.NaN : (clock.millis() - m.loadedAt().toEpochMilli()) / 1000.0;
    }
}
