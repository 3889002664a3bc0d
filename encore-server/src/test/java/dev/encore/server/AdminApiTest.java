package dev.encore.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.encore.server.serving.DirectoryModelSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static dev.encore.server.Harness.bearer;
import static dev.encore.server.Harness.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Model versions on disk in the ModelVersions layout, listed and activated over HTTP while requests keep flowing. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminApiTest extends ServerTest {
    @TempDir static Path dir;

    @BeforeAll
    void start() throws Exception {
        Path models = dir.resolve("models");
        for (String v : List.of("v20260101-000000-cooc", "v20260102-000000-cooc", "v20260103-000000-broken")) {
            Files.createDirectories(models.resolve(v));
            Files.writeString(models.resolve(v).resolve("manifest.json"), "{\"algorithm\":\"cooc\",\"trainedOn\":\"" + v + "\"}");
        }
        Files.writeString(models.resolve("CURRENT"), "v20260102-000000-cooc\n");
        DirectoryModelSource.BundleLoader loader = (version, versionDir) -> {
            assertThat(versionDir).isEqualTo(models.resolve(version));
            if (version.endsWith("broken")) throw new java.io.IOException("model/factors.f32 is truncated");
            return TestWorld.model(version);
        };
        serve(ServerConfig.of(dir, new DirectoryModelSource(models, loader, Harness.JSON)).withModelPollSeconds(1));
    }

    @Test
    void listsVersionsWithManifestsForAdminsOnly() throws Exception {
        HttpResponse<String> r = h.get("/api/v1/admin/models", h.admin);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = json(r);
        assertThat(body.get("served").asText()).isIn("v20260101-000000-cooc", "v20260102-000000-cooc");
        assertThat(body.get("versions")).hasSize(3);
        assertThat(body.at("/versions/0/manifest/trainedOn").asText()).isEqualTo("v20260101-000000-cooc");
        assertThat(h.get("/api/v1/admin/models", h.u1).statusCode()).isEqualTo(403);
        assertThat(h.post("/api/v1/admin/models/v20260101-000000-cooc/activate", bearer(h.artist), "").statusCode()).isEqualTo(403);
    }

    @Test
    void activatingUnknownVersionIs404NamingKnownOnes() throws Exception {
        HttpResponse<String> r = h.post("/api/v1/admin/models/v999/activate", bearer(h.admin), "");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(json(r).get("detail").asText()).contains("v999").contains("v20260101-000000-cooc");
    }

    @Test
    void aVersionThatFailsToLoadIsNeverSwappedIn() throws Exception {
        String served = json(h.get("/readyz", null)).get("model").asText();
        HttpResponse<String> r = h.post("/api/v1/admin/models/v20260103-000000-broken/activate", bearer(h.admin), "");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(json(r).get("detail").asText()).contains("truncated").contains("still serving " + served);
        assertThat(Files.readString(dir.resolve("models/CURRENT")).trim()).isEqualTo(served);
        assertThat(h.get("/api/v1/users/u1/recommendations", h.u1).statusCode()).isEqualTo(200);
    }

    @Test
    void aCurrentChangedByAnotherProcessIsPickedUpByPolling() throws Exception {
        String served = json(h.get("/readyz", null)).get("model").asText();
        String other = served.equals("v20260101-000000-cooc") ? "v20260102-000000-cooc" : "v20260101-000000-cooc";
        Files.writeString(dir.resolve("models/CURRENT"), other + "\n");   // what `encore train` does
        long deadline = System.currentTimeMillis() + 5_000;
        while (!json(h.get("/readyz", null)).get("model").asText().equals(other) && System.currentTimeMillis() < deadline) Thread.sleep(100);
        assertThat(json(h.get("/readyz", null)).get("model").asText()).isEqualTo(other);
        // A broken version written as CURRENT leaves the old one serving, and readiness says why.
        Files.writeString(dir.resolve("models/CURRENT"), "v20260103-000000-broken\n");
        deadline = System.currentTimeMillis() + 5_000;
        while (!json(h.get("/readyz", null)).has("modelError") && System.currentTimeMillis() < deadline) Thread.sleep(100);
        JsonNode ready = json(h.get("/readyz", null));
        assertThat(ready.get("model").asText()).isEqualTo(other);
        assertThat(ready.get("modelError").asText()).contains("truncated");
        h.post("/api/v1/admin/models/" + other + "/activate", bearer(h.admin), "");
    }

    @Test
    void rollbackSwapsAtomicallyWhileRequestsNeverFail() throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        List<Integer> failures = Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> {
            while (running.get()) {
                try {
                    HttpResponse<String> r = h.get("/api/v1/users/u1/recommendations", h.u1);
                    if (r.statusCode() != 200) failures.add(r.statusCode());
                    else seen.add(json(r).at("/model/version").asText());
                } catch (Exception e) {
                    failures.add(-1);
                }
            }
        });
        reader.start();
        String[] versions = {"v20260101-000000-cooc", "v20260102-000000-cooc"};
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> r = h.post("/api/v1/admin/models/" + versions[i % 2] + "/activate", bearer(h.admin), "");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(json(r).get("served").asText()).isEqualTo(versions[i % 2]);
            assertThat(Files.readString(dir.resolve("models/CURRENT")).trim()).isEqualTo(versions[i % 2]);
        }
        running.set(false);
        reader.join();
        assertThat(failures).isEmpty();
        assertThat(seen).isNotEmpty().allSatisfy(v -> assertThat(v).isIn((Object[]) versions));
        assertThat(json(h.get("/api/v1/users/u1/recommendations", h.u1)).at("/model/version").asText()).isEqualTo(versions[1]);
    }
}
