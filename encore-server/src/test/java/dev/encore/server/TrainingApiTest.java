package dev.encore.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.encore.server.admin.Trainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.encore.server.Harness.bearer;
import static dev.encore.server.Harness.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Training runs started over HTTP and on a schedule; the result is served as soon as it is published. */
class TrainingApiTest {
    @TempDir Path dir;

    private static JsonNode waitForFinished(Harness h) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        JsonNode job;
        do {
            Thread.sleep(50);
            job = json(h.get("/api/v1/admin/train", h.admin));
        } while (job.get("state").asText().equals("running") && System.currentTimeMillis() < deadline);
        return job;
    }

    @Test
    void adminStartsOneRunAtATimeAndItsModelIsServed() throws Exception {
        MemoryModelSource source = new MemoryModelSource().add(TestWorld.model("v1"));
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        Trainer trainer = store -> {
            release.await(10, TimeUnit.SECONDS);
            assertThat(store.stats()).isNotNull();   // the server's own store is handed over, open
            String v = "trained-" + runs.incrementAndGet();
            source.add(TestWorld.model(v));
            return v;
        };
        try (Harness h = new Harness(ServerConfig.of(dir, source).withTrainer(trainer, 0))) {
            assertThat(h.get("/api/v1/admin/train", h.admin).statusCode()).isEqualTo(404);
            assertThat(h.post("/api/v1/admin/train", bearer(h.u1), "").statusCode()).isEqualTo(403);
            HttpResponse<String> started = h.post("/api/v1/admin/train", bearer(h.admin), "");
            assertThat(started.statusCode()).isEqualTo(202);
            assertThat(json(started).get("state").asText()).isEqualTo("running");
            HttpResponse<String> again = h.post("/api/v1/admin/train", bearer(h.admin), "");
            assertThat(again.statusCode()).isEqualTo(409);
            assertThat(json(again).get("detail").asText()).contains("still running");
            assertThat(json(h.get("/readyz", null)).get("model").asText()).isEqualTo("v1");   // old model serves meanwhile
            release.countDown();
            JsonNode done = waitForFinished(h);
            assertThat(done.get("state").asText()).isEqualTo("succeeded");
            assertThat(done.get("version").asText()).isEqualTo("trained-1");
            assertThat(json(h.get("/readyz", null)).get("model").asText()).isEqualTo("trained-1");
            assertThat(h.get("/metrics", null).body()).contains("encore_training_seconds_count{outcome=\"succeeded\"} 1");
        }
    }

    @Test
    void aFailedRunIsReportedAndTheOldModelKeepsServing() throws Exception {
        Trainer broken = store -> {
            throw new IllegalStateException("no listens to train on");
        };
        try (Harness h = new Harness(ServerConfig.of(dir, new MemoryModelSource().add(TestWorld.model("v1"))).withTrainer(broken, 0))) {
            assertThat(h.post("/api/v1/admin/train", bearer(h.admin), "").statusCode()).isEqualTo(202);
            JsonNode done = waitForFinished(h);
            assertThat(done.get("state").asText()).isEqualTo("failed");
            assertThat(done.get("error").asText()).contains("no listens");
            assertThat(h.get("/api/v1/users/u1/recommendations", h.u1).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void scheduledTrainingRunsWithoutBeingAsked() throws Exception {
        MemoryModelSource source = new MemoryModelSource().add(TestWorld.model("v1"));
        AtomicInteger runs = new AtomicInteger();
        Trainer trainer = store -> {
            String v = "scheduled-" + runs.incrementAndGet();
            source.add(TestWorld.model(v));
            return v;
        };
        try (Harness h = new Harness(ServerConfig.of(dir, source).withTrainer(trainer, 1))) {
            long deadline = System.currentTimeMillis() + 5_000;
            while (!json(h.get("/readyz", null)).get("model").asText().startsWith("scheduled-") && System.currentTimeMillis() < deadline)
                Thread.sleep(100);
            assertThat(json(h.get("/readyz", null)).get("model").asText()).startsWith("scheduled-");
        }
    }
}
