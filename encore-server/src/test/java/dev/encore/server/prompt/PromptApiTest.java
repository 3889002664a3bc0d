package dev.encore.server.prompt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.encore.server.Harness;
import dev.encore.server.ServerTest;
import dev.encore.server.products.ProductWorld;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import static dev.encore.server.Harness.JSON;
import static dev.encore.server.Harness.json;
import static org.assertj.core.api.Assertions.assertThat;

/** The prompt-playlist endpoints over HTTP against {@link ProductWorld} (rock, jazz, techno; lexical tag mapping). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PromptApiTest extends ServerTest {
    @TempDir static Path dir;
    private String u0;

    @BeforeAll
    void start() throws Exception {
        System.setProperty("encore.prompt.embeddings", "off");
        serve(ProductWorld.serverConfig(dir, 11));
        u0 = h.listener("u0");
    }

    @Test
    void aPromptBecomesAPlaylistWithReasonsAndConstraints() throws Exception {
        HttpResponse<String> r = h.send("POST", "/api/v1/users/u0/prompt-playlists", u0, "{\"prompt\":\"upbeat techno, 30 minutes, weekly\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode j = json(r);
        assertThat(j.get("title").asText()).startsWith("Techno");
        assertThat(j.get("refresh").asText()).isEqualTo("weekly");
        assertThat(j.get("interpretation").asText()).isEqualTo("lexical");
        assertThat(j.get("chips").toString()).contains("tag: techno").contains("energy: upbeat").contains("length: 30 min");
        assertThat(j.get("constraints").get("durationMs").asLong()).isEqualTo(1_800_000L);
        assertThat(Math.abs(j.get("durationMs").asLong() - 1_800_000L)).isLessThanOrEqualTo(90_000L);
        assertThat(j.get("items")).isNotEmpty().allSatisfy(i -> {
            assertThat(i.get("id").asText()).startsWith("t2-");
            assertThat(i.get("reason").asText()).contains("techno");
        });
        assertThat(j.get("conversation").get("turns").get(0).asText()).isEqualTo("upbeat techno, 30 minutes, weekly");
    }

    @Test
    void aFollowUpRefinesTheConversation() throws Exception {
        JsonNode first = json(h.send("POST", "/api/v1/users/u1/prompt-playlists", h.u1, "{\"prompt\":\"rock and jazz, 10 songs\"}"));
        ObjectNode body = JSON.createObjectNode();
        body.set("conversation", first.get("conversation"));
        body.put("followUp", "no more rock");
        HttpResponse<String> r = h.send("POST", "/api/v1/users/u1/prompt-playlists/refine", h.u1, body.toString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode j = json(r);
        assertThat(j.get("items")).hasSize(10).allSatisfy(i -> assertThat(i.get("id").asText()).startsWith("t1-"));
        assertThat(j.get("chips").toString()).contains("no rock");
        assertThat(j.get("conversation").get("turns")).hasSize(2);
        // admins may refine for anyone
        assertThat(h.send("POST", "/api/v1/users/u1/prompt-playlists/refine", h.admin, body.toString()).statusCode()).isEqualTo(200);
    }

    @Test
    void theOpenApiDocumentListsBothEndpoints() throws Exception {
        JsonNode paths = json(h.get("/api/v1/openapi.json", null)).get("paths");
        assertThat(paths.get("/api/v1/users/{id}/prompt-playlists").get("post").get("responses").has("201")).isTrue();
        assertThat(paths.get("/api/v1/users/{id}/prompt-playlists/refine").get("post").get("responses").has("422")).isTrue();
    }

    @Test
    void listenersActOnlyForThemselves() throws Exception {
        assertThat(h.send("POST", "/api/v1/users/u1/prompt-playlists", u0, "{\"prompt\":\"jazz\"}").statusCode()).isEqualTo(403);
        assertThat(h.send("POST", "/api/v1/users/u1/prompt-playlists", null, "{\"prompt\":\"jazz\"}").statusCode()).isEqualTo(401);
        assertThat(h.send("POST", "/api/v1/users/u1/prompt-playlists", h.admin, "{\"prompt\":\"jazz\"}").statusCode()).isEqualTo(201);
    }

    @Test
    void badInputGetsProblemJsonSayingWhatToFix() throws Exception {
        HttpResponse<String> r = h.send("POST", "/api/v1/users/u0/prompt-playlists", u0, "{\"prompt\":\"artist:(Nobody Here) jazz\"}");
        JsonNode p = Harness.problem(r, 422);
        assertThat(p.get("detail").asText()).contains("at position 0").contains("no artist named 'Nobody Here'");
        assertThat(r.body()).contains("\"field\":\"prompt\"");
        assertThat(h.send("POST", "/api/v1/users/u0/prompt-playlists", u0, "{}").body()).contains("field 'prompt' is missing");
        assertThat(h.send("POST", "/api/v1/users/u0/prompt-playlists", u0, "not json").statusCode()).isEqualTo(400);
        HttpResponse<String> noConv = h.send("POST", "/api/v1/users/u0/prompt-playlists/refine", u0, "{\"followUp\":\"more upbeat\"}");
        assertThat(noConv.statusCode()).isEqualTo(422);
        assertThat(noConv.body()).contains("send back the 'conversation' object");
        HttpResponse<String> badConv = h.send("POST", "/api/v1/users/u0/prompt-playlists/refine", u0, "{\"followUp\":\"x\",\"conversation\":{\"turns\":[]}}");
        assertThat(badConv.statusCode()).isEqualTo(422);
        assertThat(badConv.body()).contains("not a conversation from this API");
    }
}
