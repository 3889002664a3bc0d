package dev.encore.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.encore.server.Harness.json;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code exclude} as a comma-separated list (and repeated), and {@code explain=false}, on the recommendations endpoint. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecommendationExcludeApiTest extends ServerTest {
    @TempDir static Path dir;

    @BeforeAll
    void start() throws Exception {
        serve(testWorld(dir));
    }

    private List<String> ids(String query) throws Exception {
        JsonNode body = json(h.get("/api/v1/users/u1/recommendations?" + query, h.u1));
        List<String> out = new ArrayList<>();
        body.get("items").forEach(i -> out.add(i.get("id").asText()));
        return out;
    }

    @Test
    void excludeTakesCommaSeparatedAndRepeatedIds() throws Exception {
        List<String> all = ids("excludeHeard=false&k=10");
        assertThat(all).contains("r1", "r2", "r3", "r4");
        assertThat(ids("excludeHeard=false&k=10&exclude=r3,r4")).doesNotContain("r3", "r4").contains("r1", "r2");
        assertThat(ids("excludeHeard=false&k=10&exclude=r1&exclude=r3,%20r4")).doesNotContain("r1", "r3", "r4").contains("r2");
        assertThat(ids("exclude=r3,r4")).isEmpty();            // u1 heard r1, r2; r3, r4 excluded: nothing rock is left
        assertThat(ids("exclude=unknown-id,r3")).containsExactly("r4");   // ids the model does not know are ignored
    }

    @Test
    void explainFalseDropsEveryReason() throws Exception {
        JsonNode plain = json(h.get("/api/v1/users/u1/recommendations?explain=false&excludeHeard=false&k=10", h.u1)).get("items");
        JsonNode explained = json(h.get("/api/v1/users/u1/recommendations?explain=true&excludeHeard=false&k=10", h.u1)).get("items");
        assertThat(plain.size()).isEqualTo(explained.size()).isPositive();
        plain.forEach(i -> assertThat(i.has("reason")).isFalse());
        explained.forEach(i -> assertThat(i.at("/reason/source").asText()).isNotBlank());
        assertThat(h.get("/api/v1/users/u1/recommendations?explain=maybe", h.u1).statusCode()).isEqualTo(422);
    }
}
