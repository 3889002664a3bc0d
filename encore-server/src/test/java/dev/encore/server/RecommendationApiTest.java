package dev.encore.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.encore.core.domain.Artist;
import dev.encore.core.domain.Track;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import static dev.encore.server.Harness.bearer;
import static dev.encore.server.Harness.itemIds;
import static dev.encore.server.Harness.json;
import static org.assertj.core.api.Assertions.assertThat;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecommendationApiTest extends ServerTest {
    @TempDir static Path dir;

    @BeforeAll
    void start() throws Exception {
        // Catalog names uncached: a test writes titles straight into the store and expects to see them.
        serve(testWorld(dir).withCatalogCacheMillis(0));
    }

    @Test
    void recommendsUnheardItemsOfTheUsersClusterWithReasons() throws Exception {
        HttpResponse<String> r = h.get("/api/v1/users/u1/recommendations?k=5", h.u1);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = json(r);
        assertThat(itemIds(body)).containsExactly("r3", "r4");     // r1, r2 heard; jazz never co-occurs with rock
        assertThat(body.at("/model/version").asText()).isEqualTo("v1");
        JsonNode first = body.get("items").get(0);
        assertThat(first.at("/reason/source").asText()).isEqualTo("cooc");
        assertThat(first.at("/reason/because/0").asText()).isIn("r1", "r2");
    }

    @Test
    void itemsCarryCatalogTitlesAndArtistNamesWhenTheStoreKnowsThem() throws Exception {
        h.server.store().write(sink -> {
            sink.artist(new Artist("a-rock", "The Rockers", List.of(), null, "test"));
            sink.track(new Track("r3", "Third Song", List.of("a-rock"), null, 200_000, null, false, null, List.of(), null, "test"));
        });
        JsonNode first = json(h.get("/api/v1/users/u1/recommendations?k=1", h.u1)).get("items").get(0);
        assertThat(first.get("id").asText()).isEqualTo("r3");
        assertThat(first.get("title").asText()).isEqualTo("Third Song");
        assertThat(first.at("/artists/0").asText()).isEqualTo("The Rockers");
    }

    @Test
    void excludeParameterAndHeardSwitch() throws Exception {
        assertThat(itemIds(json(h.get("/api/v1/users/u1/recommendations?exclude=r3", h.u1)))).containsExactly("r4");
        assertThat(itemIds(json(h.get("/api/v1/users/u1/recommendations?excludeHeard=false&k=2", h.u1)))).contains("r3");
        JsonNode plain = json(h.get("/api/v1/users/u1/recommendations?explain=false", h.u1));
        assertThat(plain.get("items").get(0).has("reason")).isFalse();
    }

    @Test
    void listenerCannotReadAnotherListenersRecommendationsOrHistory() throws Exception {
        HttpResponse<String> r = h.get("/api/v1/users/u4/recommendations", h.u1);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("application/problem+json"));
        assertThat(json(r).get("detail").asText()).contains("u4");
        assertThat(h.get("/api/v1/users/u4/heard/j1", h.u1).statusCode()).isEqualTo(403);
        assertThat(h.get("/api/v1/users/u4/recommendations", h.artist).statusCode()).isEqualTo(403);
        assertThat(h.get("/api/v1/users/u4/recommendations", h.admin).statusCode()).isEqualTo(200);
    }

    @Test
    void missingOrUnknownTokenIs401() throws Exception {
        HttpResponse<String> none = h.get("/api/v1/users/u1/recommendations", null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(json(none).get("type").asText()).endsWith("/unauthorized");
        assertThat(h.get("/api/v1/users/u1/recommendations", "enc_not-a-token").statusCode()).isEqualTo(401);
    }

    @Test
    void unknownUserIs404AndBadKIs422() throws Exception {
        HttpResponse<String> r = h.get("/api/v1/users/nobody/recommendations", h.admin);
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(json(r).get("detail").asText()).contains("nobody").contains("/api/v1/events");
        HttpResponse<String> bad = h.get("/api/v1/users/u1/recommendations?k=zero", h.u1);
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(json(bad).at("/errors/0/field").asText()).isEqualTo("k");
    }

    @Test
    void similarItemsAndHeard() throws Exception {
        JsonNode sim = json(h.get("/api/v1/items/j1/similar?k=3", h.u1));
        assertThat(itemIds(sim)).containsExactly("j3", "j2", "j4");   // j3 co-occurs 3x, j2 2x, j4 once
        assertThat(h.get("/api/v1/items/zz/similar", h.u1).statusCode()).isEqualTo(404);
        assertThat(json(h.get("/api/v1/users/u1/heard/r1", h.u1)).get("heard").asBoolean()).isTrue();
        assertThat(json(h.get("/api/v1/users/u1/heard/r3", h.u1)).get("heard").asBoolean()).isFalse();
    }

    @Test
    void aPostedListenChangesRecommendationsImmediately() throws Exception {
        String listens = """
                {"events":[{"type":"listen","userId":"u2","itemId":"j1","at":"2026-01-01T10:00:00Z"},
                           {"type":"listen","userId":"u2","itemId":"j1","at":"2026-01-01T10:04:00Z"},
                           {"type":"listen","userId":"u2","itemId":"j3","at":"2026-01-01T10:08:00Z"},
                           {"type":"listen","userId":"u2","itemId":"j3","at":"2026-01-01T10:12:00Z"},
                           {"type":"listen","userId":"u2","itemId":"j2","at":"2026-01-01T10:16:00Z"}]}""";
        assertThat(itemIds(json(h.get("/api/v1/users/u2/recommendations?k=1", h.admin)))).containsExactly("r4");
        // A user the model has never seen gets fold-in recommendations from fresh listens alone.
        String fresh = listens.replace("u2", "newbie");
        long t0 = System.nanoTime();
        assertThat(h.post("/api/v1/events", bearer(h.admin), listens).statusCode()).isEqualTo(200);
        List<String> after = itemIds(json(h.get("/api/v1/users/u2/recommendations?k=3", h.admin)));
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(1.0);
        assertThat(after.get(0)).isEqualTo("j4");                       // four plays of j4's neighbours outweigh r4's two
        assertThat(after).doesNotContain("j1", "j2", "j3");             // fresh plays count as heard
        assertThat(json(h.get("/api/v1/users/u2/heard/j2", h.admin)).get("heard").asBoolean()).isTrue();
        assertThat(h.post("/api/v1/events", bearer(h.admin), fresh).statusCode()).isEqualTo(200);
        assertThat(itemIds(json(h.get("/api/v1/users/newbie/recommendations", h.admin)))).containsExactly("j4");
    }
}
