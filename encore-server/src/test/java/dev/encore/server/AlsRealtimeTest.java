package dev.encore.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.encore.core.matrix.Interactions;
import dev.encore.ml.Model;
import dev.encore.ml.Params;
import dev.encore.ml.registry.Recommenders;
import dev.encore.ml.serving.ModelBundle;
import dev.encore.ml.serving.ModelVersions;
import dev.encore.server.serving.DirectoryModelSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import static dev.encore.server.Harness.bearer;
import static dev.encore.server.Harness.itemIds;
import static dev.encore.server.Harness.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production path end to end: a real ALS model trained and published with {@link ModelVersions}, loaded through
 * the algorithm registry, and a listener's new listens folded in on the next request (no retraining).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlsRealtimeTest extends ServerTest {
    @TempDir static Path dir;

    @BeforeAll
    void start() throws Exception {
        Interactions in = TestWorld.genres(42);
        Params params = Params.parse("factors=2,iterations=15,regularization=0.1,seed=7,threads=1");
        Model als = Recommenders.byName("als").fit(in.matrix(), params);
        new ModelVersions(dir.resolve("models")).publish(new ModelBundle(in, als,
                Map.of("trainedAt", Instant.now().toString(), "trainingSeconds", 0.1)));
        serve(ServerConfig.of(dir, new DirectoryModelSource(dir.resolve("models"),
                DirectoryModelSource.bundles(Clock.systemUTC()), Harness.JSON)));
    }

    private static String listens(String user, int repeats, String... items) {
        StringJoiner j = new StringJoiner(",", "[", "]");
        long t = 1_767_000_000L;
        for (int r = 0; r < repeats; r++)
            for (String item : items)
                j.add("{\"userId\":\"" + user + "\",\"itemId\":\"" + item + "\",\"at\":\"" + Instant.ofEpochSecond(t += 200) + "\"}");
        return j.toString();
    }

    @Test
    void servesAlsWithReasonsAndFoldsInNewListensWithinASecond() throws Exception {
        JsonNode before = json(h.get("/api/v1/users/rock0/recommendations?k=3", h.admin));
        assertThat(before.at("/model/algorithm").asText()).isEqualTo("als");
        assertThat(itemIds(before)).allSatisfy(id -> assertThat(id).startsWith("r"));
        assertThat(before.at("/items/0/reason/because").get(0).asText()).startsWith("r");

        long t0 = System.nanoTime();
        String jazz = listens("rock0", 4, "j0", "j1", "j2", "j3", "j4", "j5", "j6", "j7");
        assertThat(h.post("/api/v1/events", bearer(h.admin), jazz).statusCode()).isEqualTo(200);
        JsonNode after = json(h.get("/api/v1/users/rock0/recommendations?k=1", h.admin));
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(1.0);
        // 32 jazz plays now outweigh 8 rock plays: the top item is jazz, explained by a jazz play.
        assertThat(itemIds(after).get(0)).startsWith("j");
        assertThat(after.at("/items/0/reason/because").get(0).asText()).startsWith("j");
    }

    @Test
    void aBrandNewListenerGetsFoldInRecommendationsFromTheirFirstListens() throws Exception {
        assertThat(h.get("/api/v1/users/newcomer/recommendations", h.admin).statusCode()).isEqualTo(404);
        assertThat(h.post("/api/v1/events", bearer(h.admin), listens("newcomer", 1, "j1", "j2", "j3")).statusCode()).isEqualTo(200);
        List<String> recs = itemIds(json(h.get("/api/v1/users/newcomer/recommendations?k=3", h.admin)));
        assertThat(recs).hasSize(3).allSatisfy(id -> assertThat(id).startsWith("j")).doesNotContain("j1", "j2", "j3");
    }
}
