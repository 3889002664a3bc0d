package dev.encore.app.engine;

import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.Track;
import dev.encore.core.matrix.ConfidenceWeighting;
import dev.encore.core.matrix.Interactions;
import dev.encore.ml.Params;
import dev.encore.ml.content.ItemFeatures;
import dev.encore.ml.registry.Recommenders;
import dev.encore.ml.serving.ModelBundle;
import dev.encore.ml.serving.ModelVersions;
import dev.encore.store.EncoreStore;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Training and serving on a data directory: the glue between the store, the algorithms and model versions. */
public final class Engine {
    private Engine() {}

    public static ModelVersions versions(Path dataDir) {
        return new ModelVersions(dataDir.resolve("models"));
    }

    /** Tracks when the store has listens; otherwise artists (e.g. HetRec's aggregated user–artist weights only). */
    public static ItemKind defaultKind(EncoreStore store) {
        return store.stats().listens() > 0 ? ItemKind.TRACK : ItemKind.ARTIST;
    }

    public record Trained(String version, ModelBundle bundle) {}

    public static Trained trainAndPublish(EncoreStore store, String algo, Params params, ItemKind kind) throws IOException {
        Interactions x = store.interactions(kind, ConfidenceWeighting.defaults());
        if (x.matrix().nnz() == 0)
            throw new IllegalArgumentException("no " + kind.wire() + " interactions in " + store.dataDir() + "; import data first (encore import …)");
        ModelBundle bundle = Training.train(x, algo, params, kind.wire(), xs -> trackFeatures(store, xs, kind));
        String version = versions(store.dataDir()).publish(bundle);
        return new Trained(version, bundle);
    }

    public static Optional<ModelBundle> current(Path dataDir) throws IOException {
        return versions(dataDir).loadCurrent(Recommenders::load);
    }

    private static ItemFeatures trackFeatures(EncoreStore store, Interactions x, ItemKind kind) {
        if (kind != ItemKind.TRACK) throw new IllegalArgumentException("the content model needs tracks (with tags or audio features), not " + kind.wire() + "s");
        List<Track> tracks = new ArrayList<>();
        store.catalog().forEachTrack(t -> {
            if (x.items().indexOf(t.id()) >= 0) tracks.add(t);
        });
        return ItemFeatures.fromTracks(x.items(), tracks);
    }
}
