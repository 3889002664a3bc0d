package dev.encore.ml.registry;

import dev.encore.core.matrix.InteractionMatrix;
import dev.encore.core.matrix.MatrixBuilder;
import dev.encore.ml.Model;
import dev.encore.ml.Params;
import dev.encore.ml.Recommender;
import dev.encore.ml.ease.EaseModel;
import dev.encore.ml.knn.ItemKnnModel;
import dev.encore.ml.snapshot.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecommendersTest {
    @Test
    void everyBuiltInNameGivesThatAlgorithm() {
        for (String name : new String[] {"als", "popularity", "itemknn", "ease", "content", "graph"}) {
            assertThat(Recommenders.byName(name).name()).isEqualTo(name);
            assertThat(Recommenders.names()).contains(name);
        }
        assertThat(Recommenders.byName(" ItemKNN ").name()).isEqualTo("itemknn");
    }

    @Test
    void unknownNamesListTheKnownOnes() {
        assertThatThrownBy(() -> Recommenders.byName("svd")).hasMessageContaining("'svd'").hasMessageContaining("itemknn");
    }

    @Test
    void loadDispatchesOnTheManifest(@TempDir Path tmp) throws IOException {
        MatrixBuilder b = new MatrixBuilder();
        b.add(0, 0, 1);
        b.add(0, 1, 1);
        b.add(1, 1, 1);
        InteractionMatrix x = b.build(2, 2, true);
        Model knn = Recommenders.byName("itemknn").fit(x, Params.empty());
        Model ease = Recommenders.byName("ease").fit(x, Params.empty());
        knn.save(tmp.resolve("knn"));
        ease.save(tmp.resolve("ease"));
        assertThat(Recommenders.load(tmp.resolve("knn"))).isInstanceOf(ItemKnnModel.class);
        assertThat(Recommenders.load(tmp.resolve("ease"))).isInstanceOf(EaseModel.class);
        assertThatThrownBy(() -> Recommenders.byName("ease").load(tmp.resolve("knn")))
                .isInstanceOf(IOException.class).hasMessageContaining("'itemknn' model, not 'ease'");
    }

    @Test
    void loadExplainsManifestsItCannotUse(@TempDir Path tmp) throws IOException {
        Snapshot.writeManifest(tmp.resolve("none"), Map.of("users", 1));
        Snapshot.writeManifest(tmp.resolve("future"), Map.of("algorithm", "hypergraph-transformer"));
        assertThatThrownBy(() -> Recommenders.load(tmp.resolve("none"))).isInstanceOf(IOException.class).hasMessageContaining("names no algorithm");
        assertThatThrownBy(() -> Recommenders.load(tmp.resolve("future"))).isInstanceOf(IOException.class).hasMessageContaining("hypergraph-transformer");
        assertThatThrownBy(() -> Recommenders.load(tmp.resolve("missing"))).isInstanceOf(IOException.class).hasMessageContaining("not a model snapshot");
    }

    @Test
    void parallelLoopsCoverEveryIndexOnceAndPassErrorsOn() {
        int[] hits = new int[1000];
        Parallel.forRange(hits.length, 3, 7, (from, to) -> {
            for (int i = from; i < to; i++) hits[i]++;
        });
        assertThat(hits).containsOnly(1);
        assertThatThrownBy(() -> Parallel.forRange(100, 3, 1, (from, to) -> {
            if (from == 50) throw new IllegalStateException("row 50 is bad");
        })).hasMessage("row 50 is bad");
    }
}
