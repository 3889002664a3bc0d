package dev.encore.server.products;

import dev.encore.ml.serving.ModelBundle;
import dev.encore.products.Catalog;
import dev.encore.products.ListeningHistory;
import dev.encore.products.TasteControls;
import dev.encore.products.TasteModel;
import dev.encore.products.discovery.DiscoveryConfig;
import dev.encore.products.discovery.EditionHistory;
import dev.encore.products.discovery.WeeklyDiscovery;
import dev.encore.products.mixes.DailyMixes;
import dev.encore.products.mixes.MixConfig;
import dev.encore.products.radio.Radio;
import dev.encore.server.http.ApiProblem;
import dev.encore.server.serving.LoadedModel;
import dev.encore.server.serving.ModelHolder;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The product engines for the model being served: built once per model version (they cache neighbour lists and
 * factor spaces) from the {@link ModelHolder}'s current bundle, and rebuilt on the first request after a swap.
 * The served models carry no content model, so products draw on the collaborative bundle alone.
 */
public final class ServedProducts {
    /** One model version's engines; {@code radio} is null when the model is not ALS ({@code radioProblem} says why). */
    public record Engines(String version, TasteModel taste, WeeklyDiscovery discovery, DailyMixes mixes, Radio radio, String radioProblem) {}

    private final ModelHolder models;
    private final Catalog catalog;
    private final ListeningHistory history;
    private final TasteControls.Source controls;
    private final EditionHistory editions;
    private final AtomicReference<Engines> built = new AtomicReference<>();

    public ServedProducts(ModelHolder models, Catalog catalog, ListeningHistory history, TasteControls.Source controls, EditionHistory editions) {
        this.models = models;
        this.catalog = catalog;
        this.history = history;
        this.controls = controls;
        this.editions = editions;
    }

    /** The engines of the served model; a 503 problem when no model is loaded. */
    public Engines current() {
        LoadedModel m = models.current().orElseThrow(() -> ApiProblem.unavailable(
                "no model is loaded yet; train one (encore train --data DIR) or activate a version via /api/v1/admin/models"));
        Engines e = built.get();
        if (e != null && e.version().equals(m.version())) return e;
        synchronized (this) {
            e = built.get();
            if (e != null && e.version().equals(m.version())) return e;
            e = build(m);
            built.set(e);
            return e;
        }
    }

    private Engines build(LoadedModel m) {
        TasteModel taste = TasteModel.of(new ModelBundle(m.interactions(), m.model(), m.manifest()), null);
        Radio radio = null;
        String radioProblem = null;
        try {
            radio = new Radio(taste, catalog, history, controls);
        } catch (IllegalArgumentException e) {   // radio steers in ALS factor space; other models serve the rest
            radioProblem = e.getMessage();
        }
        return new Engines(m.version(), taste,
                new WeeklyDiscovery(taste, catalog, history, controls, editions, DiscoveryConfig.defaults()),
                new DailyMixes(taste, catalog, history, controls, MixConfig.defaults()), radio, radioProblem);
    }
}
