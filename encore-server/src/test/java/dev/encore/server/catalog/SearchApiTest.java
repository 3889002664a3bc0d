package dev.encore.server.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.encore.server.catalog.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchApiTest {
    @TempDir static Path dir;
    ApiClient api;

    @BeforeAll
    void start() throws Exception {
        api = new ApiClient(dir);
        api.post("/api/v1/catalog/artists", api.admin, "[{\"id\":\"a-rh\",\"name\":\"Radiohead\"},{\"id\":\"a-q\",\"name\":\"Queen\"}]");
        api.post("/api/v1/catalog/tracks", api.admin, "[{\"id\":\"t-karma\",\"title\":\"Karma Police\",\"artistIds\":[\"a-rh\"]},"
                + "{\"id\":\"t-gaga\",\"title\":\"Radio Ga Ga\",\"artistIds\":[\"a-q\"],\"tags\":[\"stadium rock\"]}]");
    }

    @AfterAll
    void stop() throws Exception {
        api.close();
    }

    private List<String> hits(String query) throws Exception {
        HttpResponse<String> r = api.get("/api/v1/search?" + query, api.u1);
        assertThat(r.statusCode()).as(ApiClient.describe(r)).isEqualTo(200);
        List<String> out = new ArrayList<>();
        json(r).get("items").forEach(h -> out.add(h.get("kind").asText() + ":" + h.get("id").asText()));
        return out;
    }

    @Test
    void prefixSearchRanksTheArtistAboveItsTracks() throws Exception {
        assertThat(hits("q=radioh")).containsExactly("artist:a-rh", "track:t-karma");
        assertThat(hits("q=radioh&kind=tracks")).containsExactly("track:t-karma");
        assertThat(hits("q=stadium")).containsExactly("track:t-gaga");
        assertThat(hits("q=radio&limit=1")).hasSize(1);
        JsonNode first = json(api.get("/api/v1/search?q=karma", api.u1)).get("items").get(0);
        assertThat(first.get("title").asText()).isEqualTo("Karma Police");
        assertThat(first.get("artists").asText()).isEqualTo("Radiohead");
        assertThat(first.get("score").asDouble()).isPositive();
    }

    @Test
    void upsertsThroughTheApiAreSearchableAtOnce() throws Exception {
        api.put("/api/v1/catalog/artists/a-rh", api.admin, "{\"name\":\"On A Friday\"}");
        assertThat(hits("q=friday")).containsExactlyInAnyOrder("artist:a-rh", "track:t-karma");
        api.put("/api/v1/catalog/artists/a-rh", api.admin, "{\"name\":\"Radiohead\"}");
        assertThat(hits("q=friday")).isEmpty();
    }

    @Test
    void badQueriesAreProblems() throws Exception {
        for (String q : List.of("", "q=%20", "q=***", "q=x&kind=widgets", "q=x&limit=1000")) {
            HttpResponse<String> r = api.get("/api/v1/search?" + q, api.u1);
            assertThat(r.statusCode()).as(q + " " + r.body()).isEqualTo(422);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        }
        assertThat(api.get("/api/v1/search?q=radio", null).statusCode()).isEqualTo(401);
    }

    @Test
    void theOpenApiDocumentDescribesEveryCatalogAndSocialEndpoint() throws Exception {
        JsonNode paths = json(api.get("/api/v1/openapi.json", null)).get("paths");
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
