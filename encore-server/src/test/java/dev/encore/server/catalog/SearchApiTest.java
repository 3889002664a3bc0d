package dev.encore.server.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.encore.server.ServerConfig;
import dev.encore.server.ServerTest;
import dev.encore.server.serving.ModelSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.encore.server.Harness.describe;
import static dev.encore.server.Harness.json;
import static org.assertj.core.api.Assertions.assertThat;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchApiTest extends ServerTest {
    @TempDir static Path dir;

    @BeforeAll
    void start() throws Exception {
        serve(ServerConfig.of(dir, ModelSource.NONE));
        h.send("POST", "/api/v1/catalog/artists", h.admin, "[{\"id\":\"a-rh\",\"name\":\"Radiohead\"},{\"id\":\"a-q\",\"name\":\"Queen\"}]");
        h.send("POST", "/api/v1/catalog/tracks", h.admin, "[{\"id\":\"t-karma\",\"title\":\"Karma Police\",\"artistIds\":[\"a-rh\"]},"
                + "{\"id\":\"t-gaga\",\"title\":\"Radio Ga Ga\",\"artistIds\":[\"a-q\"],\"tags\":[\"stadium rock\"]}]");
    }

    private List<String> hits(String query) throws Exception {
        HttpResponse<String> r = h.get("/api/v1/search?" + query, h.u1);
        assertThat(r.statusCode()).as(describe(r)).isEqualTo(200);
        List<String> out = new ArrayList<>();
        json(r).get("items").forEach(hit -> out.add(hit.get("kind").asText() + ":" + hit.get("id").asText()));
        return out;
    }

    @Test
    void prefixSearchRanksTheArtistAboveItsTracks() throws Exception {
        assertThat(hits("q=radioh")).containsExactly("artist:a-rh", "track:t-karma");
        assertThat(hits("q=radioh&kind=tracks")).containsExactly("track:t-karma");
        assertThat(hits("q=stadium")).containsExactly("track:t-gaga");
        assertThat(hits("q=radio&limit=1")).hasSize(1);
        JsonNode first = json(h.get("/api/v1/search?q=karma", h.u1)).get("items").get(0);
        assertThat(first.get("title").asText()).isEqualTo("Karma Police");
        assertThat(first.get("artists").asText()).isEqualTo("Radiohead");
        assertThat(first.get("score").asDouble()).isPositive();
    }

    @Test
    void upsertsThroughTheApiAreSearchableAtOnce() throws Exception {
        h.send("PUT", "/api/v1/catalog/artists/a-rh", h.admin, "{\"name\":\"On A Friday\"}");
        assertThat(hits("q=friday")).containsExactlyInAnyOrder("artist:a-rh", "track:t-karma");
        h.send("PUT", "/api/v1/catalog/artists/a-rh", h.admin, "{\"name\":\"Radiohead\"}");
        assertThat(hits("q=friday")).isEmpty();
    }

    @Test
    void badQueriesAreProblems() throws Exception {
        for (String q : List.of("", "q=%20", "q=***", "q=x&kind=widgets", "q=x&limit=1000")) {
            HttpResponse<String> r = h.get("/api/v1/search?" + q, h.u1);
            assertThat(r.statusCode()).as(q + " " + r.body()).isEqualTo(422);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        }
        assertThat(h.get("/api/v1/search?q=radio", null).statusCode()).isEqualTo(401);
    }

    @Test
    void theOpenApiDocumentDescribesEveryCatalogAndSocialEndpoint() throws Exception {
        JsonNode paths = json(h.get("/api/v1/openapi.json", null)).get("paths");
        Map<String, List<String>> expected = Map.of(
                "/api/v1/catalog/{kind}", List.of("get", "post"), "/api/v1/catalog/{kind}/{id}", List.of("get", "put"),
                "/api/v1/search", List.of("get"), "/api/v1/users", List.of("post"), "/api/v1/users/{id}", List.of("get"),
                "/api/v1/users/{id}/following/{kind}/{target}", List.of("put", "delete"),
                "/api/v1/users/{id}/following", List.of("get"), "/api/v1/users/{id}/followers", List.of("get"),
                "/api/v1/artists/{id}/followers", List.of("get"));
        expected.forEach((path, methods) -> {
            for (String m : methods) assertThat(paths.path(path).path(m).path("responses").isObject()).as(m + " " + path).isTrue();
        });
    }
}
