package dev.encore.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.encore.store.EncoreStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.StringJoiner;

import static dev.encore.server.Harness.bearer;
import static dev.encore.server.Harness.json;
import static org.assertj.core.api.Assertions.assertThat;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventApiTest extends ServerTest {
    @TempDir static Path dir;

    @BeforeAll
    void start() throws Exception {
        serve(testWorld(dir));
    }

    private long storedListens() throws Exception {
        try (EncoreStore separate = EncoreStore.open(dir)) {   // a second connection sees only committed rows
            return separate.history().count();
        }
    }

    private static String listen(String user, String item, String at) {
        return "{\"type\":\"listen\",\"userId\":\"" + user + "\",\"itemId\":\"" + item + "\",\"at\":\"" + at + "\"}";
    }

    @Test
    void storesABatchDurablyAndIgnoresDuplicates() throws Exception {
        long before = storedListens();
        String body = "{\"events\":[" + listen("u1", "r9", "2026-02-01T00:00:00Z") + "," + listen("u1", "r8", "2026-02-01T00:03:00Z")
                + ",{\"type\":\"feedback\",\"userId\":\"u1\",\"itemId\":\"r3\",\"feedback\":\"ban\",\"at\":\"2026-02-01T00:04:00Z\"}]}";
        HttpResponse<String> r = h.post("/api/v1/events", bearer(h.u1), body);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).get("stored").asInt()).isEqualTo(3);
        // Acknowledged means on disk: a separate connection sees the rows.
        assertThat(storedListens()).isEqualTo(before + 2);
        JsonNode again = json(h.post("/api/v1/events", bearer(h.u1), body));
        assertThat(again.get("stored").asInt()).isZero();
        assertThat(again.get("duplicates").asInt()).isEqualTo(3);
        assertThat(storedListens()).isEqualTo(before + 2);
        // The ban reaches recommendations at once.
        assertThat(h.get("/api/v1/users/u1/recommendations", h.u1).body()).doesNotContain("\"r3\"");
    }

    @Test
    void rejectsTheWholeBatchNamingEveryBadEventAndField() throws Exception {
        long before = storedListens();
        String body = "[" + listen("u4", "j9", "2026-02-01T00:00:00Z") + ","
                + "{\"type\":\"listen\",\"userId\":\"u4\",\"itemId\":\"\",\"at\":\"yesterday\"},"
                + "{\"type\":\"feedback\",\"userId\":\"u4\",\"itemId\":\"j1\",\"feedback\":\"adore\",\"at\":\"2026-02-01T00:00:00Z\"},"
                + "{\"type\":\"listen\",\"userId\":\"u4\",\"itemId\":\"j1\",\"at\":\"2026-02-01T00:00:00Z\",\"msPlayed\":-5,\"colour\":1}]";
        HttpResponse<String> r = h.post("/api/v1/events", bearer(h.u4), body);
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode p = json(r);
        assertThat(p.get("detail").asText()).contains("nothing from this batch was stored");
        assertThat(p.get("instance").asText()).isEqualTo("/api/v1/events");
        StringJoiner errs = new StringJoiner(";");
        p.get("errors").forEach(e -> errs.add(e.get("index").asInt() + ":" + e.get("field").asText()));
        assertThat(errs.toString()).isEqualTo("1:itemId;1:at;2:feedback;3:colour;3:msPlayed");
        assertThat(storedListens()).isEqualTo(before);
    }

    @Test
    void listenerMayPostOnlyOwnEventsAndArtistsNone() throws Exception {
        long before = storedListens();
        String body = "[" + listen("u1", "r1", "2026-03-01T00:00:00Z") + "," + listen("u4", "j1", "2026-03-01T00:00:00Z") + "]";
        HttpResponse<String> r = h.post("/api/v1/events", bearer(h.u1), body);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(json(r).at("/errors/0/index").asInt()).isEqualTo(1);
        assertThat(h.post("/api/v1/events", bearer(h.artist), body).statusCode()).isEqualTo(403);
        assertThat(storedListens()).isEqualTo(before);
    }

    @Test
    void malformedJsonAndWrongShapesAre400() throws Exception {
        HttpResponse<String> r = h.post("/api/v1/events", bearer(h.u1), "{\"events\": [ {\"type\": ");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).get("detail").asText()).contains("not valid JSON");
        assertThat(h.post("/api/v1/events", bearer(h.u1), "{\"listens\": []}").statusCode()).isEqualTo(400);
    }

    @Test
    void oversizeBatchIs413() throws Exception {
        StringJoiner j = new StringJoiner(",", "[", "]");
        for (int i = 0; i <= 10_000; i++) j.add(listen("u1", "x" + i, "2026-04-01T00:00:00Z"));
        HttpResponse<String> r = h.post("/api/v1/events", bearer(h.u1), j.toString());
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(json(r).get("detail").asText()).contains("10001").contains("10000");
    }
}
