package dev.encore.ml.serving;

import dev.encore.core.matrix.ConfidenceWeighting;
import dev.encore.core.matrix.Interactions;
import dev.encore.core.matrix.InteractionsBuilder;
import dev.encore.ml.ItemFilter;
import dev.encore.ml.Model;
import dev.encore.ml.ScoredItem;
import dev.encore.ml.UserQuery;
import dev.encore.ml.snapshot.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelVersionsTest {
    @TempDir
    Path dir;

    /** A model whose whole state is one score per item: enough to check what a bundle carries. */
    record FixedScores(float[] scores) implements Model {
        public String algorithm() { return "fixed"; }
        public int userCount() { return 0; }
        public int itemCount() { return scores.length; }
        public List<ScoredItem> recommend(UserQuery q, int k, ItemFilter f) { return List.of(); }
        public List<ScoredItem> similarItems(int item, int k, ItemFilter f) { return List.of(); }
        public float[] score(UserQuery q, int[] items) { return scores.clone(); }
        public void save(Path d) throws IOException {
            Snapshot.writeFloats(d, "scores", scores);
            Snapshot.writeManifest(d, Map.of("algorithm", "fixed"));
        }
        static Model load(Path d) throws IOException { return new FixedScores(Snapshot.readFloats(d, "scores")); }
    }

    private static ModelBundle bundle(float score) {
        InteractionsBuilder b = new InteractionsBuilder(ConfidenceWeighting.defaults());
        b.add("alice", "t1", 2f);
        b.add("bob", "t2", 1f);
        Interactions x = b.build();
        return new ModelBundle(x, new FixedScores(new float[]{score, score}), Map.of("itemKind", "track"));
    }

    @Test
    void publishedBundleRoundTripsWithIdsAndInteractions() throws IOException {
        ModelVersions versions = new ModelVersions(dir.resolve("models"));
        String v = versions.publish(bundle(0.5f));
        assertThat(versions.current()).contains(v);
        ModelBundle back = versions.loadCurrent(FixedScores::load).orElseThrow();
        assertThat(back.interactions().users().ids()).containsExactly("alice", "bob");
        assertThat(back.itemIds(new int[]{1, 0})).containsExactly("t2", "t1");
        assertThat(back.interactions().matrix().get(0, 0)).isEqualTo(2f);
        assertThat(back.model().score(null, new int[0])).containsExactly(0.5f, 0.5f);
        assertThat(back.info()).containsEntry("itemKind", "track").containsEntry("algorithm", "fixed");
    }

    @Test
    void newVersionsBecomeCurrentAndOldOnesStayForRollback() throws IOException {
        Clock fixed = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
        ModelVersions versions = new ModelVersions(dir.resolve("models"), fixed);
        String first = versions.publish(bundle(1f));
        String second = versions.publish(bundle(2f));
        assertThat(first).isEqualTo("v20261123-100000-fixed");
        assertThat(second).isEqualTo("v20261123-100000-fixed-2");
        assertThat(versions.list()).containsExactly(first, second);
        assertThat(versions.loadCurrent(FixedScores::load).orElseThrow().model().score(null, new int[0])[0]).isEqualTo(2f);
        versions.activate(first);
        assertThat(versions.loadCurrent(FixedScores::load).orElseThrow().model().score(null, new int[0])[0]).isEqualTo(1f);
        try (var files = Files.list(dir.resolve("models"))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".incoming"));
        }
    }

    @Test
    void activatingAnUnknownVersionSaysWhichExist() throws IOException {
        ModelVersions versions = new ModelVersions(dir.resolve("models"));
        String v = versions.publish(bundle(1f));
        assertThatThrownBy(() -> versions.activate("v0")).hasMessageContaining("no model version 'v0'").hasMessageContaining(v);
    }
}
