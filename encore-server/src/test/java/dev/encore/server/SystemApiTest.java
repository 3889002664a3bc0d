package dev.encore.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.encore.server.serving.ModelSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import static dev.encore.server.Harness.bearer;
import static dev.encore.server.Harness.json;
import static org.assertj.core.api.Assertions.assertThat;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SystemApiTest extends ServerTest {
    @TempDir static Path dir;
    @TempDir static Path other;

    @BeforeAll
    void start() throws Exception {
        serve(testWorld(dir));
    }

    @Test
    void healthAndReadiness() throws Exception {
        assertThat(h.get("/healthz", null).statusCode()).isEqualTo(200);
        HttpResponse<String> ready = h.get("/readyz", null);
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(json(ready).get("model").asText()).isEqualTo("v1");
    }

    @Test
    void withoutAModelReadinessDependsOnWhetherOneIsRequired() throws Exception {
        try (Harness none = new Harness(ServerConfig.of(other.resolve("a"), ModelSource.NONE))) {
            assertThat(none.get("/readyz", null).statusCode()).isEqualTo(503);
            HttpResponse<String> r = none.get("/api/v1/users/u1/recommendations", none.u1);
            assertThat(r.statusCode()).isEqualTo(503);
            assertThat(json(r).get("detail").asText()).contains("encore train");
        }
        try (Harness optional = new Harness(ServerConfig.of(other.resolve("b"), ModelSource.NONE).withRequireModel(false))) {
            assertThat(optional.get("/readyz", null).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void prometheusMetricsCoverRoutesModelAndIngest() throws Exception {
        h.get("/api/v1/users/u1/recommendations", h.u1);
        h.post("/api/v1/events", bearer(h.u1), "[{\"userId\":\"u1\",\"itemId\":\"m1\",\"at\":\"2026-05-01T00:00:00Z\"}]");
        HttpResponse<String> m = h.get("/metrics", null);
        assertThat(m.statusCode()).isEqualTo(200);
        assertThat(m.body())
                .contains("http_server_requests_seconds_bucket{method=\"GET\",route=\"/api/v1/users/{id}/recommendations\",status=\"200\"")
                .contains("encore_model_info{algorithm=\"cooc\",version=\"v1\"} 1")
                .contains("encore_model_age_seconds")
                .contains("encore_ingest_events_total{channel=\"api\",outcome=\"stored\"}");
    }

    @Test
    void unknownRoutesAreProblems() throws Exception {
        HttpResponse<String> r = h.get("/api/v1/nothing-here", h.u1);
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode p = json(r);
        assertThat(p.get("status").asInt()).isEqualTo(404);
        assertThat(p.get("instance").asText()).isEqualTo("/api/v1/nothing-here");
        assertThat(p.get("detail").asText()).contains("openapi.json");
    }

    @Test
    void openApiDocumentListsEveryEndpointAndDocsPageRenders() throws Exception {
        JsonNode api = json(h.get("/api/v1/openapi.json", null));
        assertThat(api.get("openapi").asText()).startsWith("3.");
        assertThat(api.get("paths").fieldNames()).toIterable().contains(
                "/healthz", "/readyz", "/metrics", "/api/v1/users/{id}/recommendations", "/api/v1/items/{id}/similar",
                "/api/v1/users/{id}/heard/{itemId}", "/api/v1/events", "/1/submit-listens", "/1/validate-token",
                "/api/v1/admin/models", "/api/v1/admin/models/{version}/activate", "/api/v1/admin/train");
        HttpResponse<String> docs = h.get("/api/v1/docs", null);
        assertThat(docs.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(docs.body()).contains("<h1>Encore API</h1>").contains("/1/submit-listens");
    }

    @Test
    void perTokenRateLimitAndRequestSizeLimit() throws Exception {
        ServerConfig cfg = ServerConfig.of(other.resolve("c"), new MemoryModelSource().add(TestWorld.model("v1")))
                .withRateLimit(0.5, 3).withMaxBodyBytes(4096);
        try (Harness tight = new Harness(cfg)) {
            for (int i = 0; i < 3; i++) assertThat(tight.get("/api/v1/items/r1/similar", tight.u1).statusCode()).isEqualTo(200);
            HttpResponse<String> limited = tight.get("/api/v1/items/r1/similar", tight.u1);
            assertThat(limited.statusCode()).isEqualTo(429);
            assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 2L);
            assertThat(json(limited).get("type").asText()).endsWith("/rate-limited");
            // The limit is per token: another token is unaffected.
            assertThat(tight.get("/api/v1/items/r1/similar", tight.u4).statusCode()).isEqualTo(200);
            HttpResponse<String> big = tight.post("/api/v1/events", bearer(tight.admin), "[" + " ".repeat(5000) + "]");
            assertThat(big.statusCode()).isEqualTo(413);
            assertThat(json(big).get("detail").asText()).contains("4096");
            // A chunked upload announces no length; it is cut off at the limit all the same.
            byte[] chunked = ("[" + " ".repeat(5000) + "]").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            HttpResponse<String> streamed = tight.http.send(java.net.http.HttpRequest.newBuilder(tight.uri("/api/v1/events"))
                    .header("Authorization", bearer(tight.admin))
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(chunked))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(streamed.statusCode()).isEqualTo(413);
            assertThat(json(streamed).get("detail").asText()).contains("4096");
        }
    }
}
