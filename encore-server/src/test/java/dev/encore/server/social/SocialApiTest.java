package dev.encore.server.social;

import com.fasterxml.jackson.databind.JsonNode;
import dev.encore.server.catalog.ApiClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.encore.server.catalog.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SocialApiTest {
    @TempDir static Path dir;
    ApiClient api;

    @BeforeAll
    void start() throws Exception {
        api = new ApiClient(dir);
        for (String u : List.of("u1", "u2", "u3", "u4", "u5"))
            assertThat(api.post("/api/v1/users", api.admin, "{\"id\":\"" + u + "\"}").statusCode()).isIn(200, 201);
        api.post("/api/v1/catalog/artists", api.admin, "[{\"id\":\"a-rh\",\"name\":\"Radiohead\"},{\"id\":\"a-bj\",\"name\":\"Björk\"}]");
    }

    @AfterAll
    void stop() throws Exception {
        api.close();
    }

    private static void assertProblem(HttpResponse<String> r, int status) throws Exception {
        assertThat(r.statusCode()).as(ApiClient.describe(r)).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void usersAreCreatedOnceThenMerged() throws Exception {
        HttpResponse<String> created = api.post("/api/v1/users", api.admin, "{\"id\":\"new-1\",\"country\":\"de\",\"timeZone\":\"Europe/Berlin\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        String createdAt = json(created).get("createdAt").asText();
        HttpResponse<String> updated = api.post("/api/v1/users", api.admin, "{\"id\":\"new-1\",\"timeZone\":\"America/New_York\"}");
        assertThat(updated.statusCode()).isEqualTo(200);
        JsonNode u = json(api.get("/api/v1/users/new-1", api.admin));
        assertThat(u.get("country").asText()).isEqualTo("DE");
        assertThat(u.get("timeZone").asText()).isEqualTo("America/New_York");
        assertThat(u.get("createdAt").asText()).isEqualTo(createdAt);
        // A listener may create and read only itself.
        assertThat(api.post("/api/v1/users", api.u1, "{\"id\":\"u1\",\"country\":\"SE\"}").statusCode()).isEqualTo(200);
        assertThat(json(api.get("/api/v1/users/u1", api.u1)).get("country").asText()).isEqualTo("SE");
        assertProblem(api.post("/api/v1/users", api.u1, "{\"id\":\"someone-else\"}"), 403);
        assertProblem(api.get("/api/v1/users/u2", api.u1), 403);
        assertProblem(api.post("/api/v1/users", api.artist, "{\"id\":\"a-rh\"}"), 403);
        assertProblem(api.post("/api/v1/users", null, "{\"id\":\"u1\"}"), 401);
        assertProblem(api.get("/api/v1/users/nobody", api.admin), 404);
    }

    @Test
    void badUserBodiesNameTheirFields() throws Exception {
        HttpResponse<String> r = api.post("/api/v1/users", api.admin, "{\"country\":\"Germany\",\"timeZone\":\"Mars/Olympus\",\"age\":3}");
        assertProblem(r, 422);
        List<String> fields = new ArrayList<>();
        json(r).get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("age", "id", "country", "timeZone");
        assertProblem(api.post("/api/v1/users", api.admin, "{\"id\":"), 400);
        assertProblem(api.post("/api/v1/users", api.admin, "[1,2]"), 400);
    }

    @Test
    void followAndUnfollowUsersAndArtists() throws Exception {
        HttpResponse<String> first = api.put("/api/v1/users/u3/following/artists/a-rh", api.admin, null);
        assertThat(first.statusCode()).as(ApiClient.describe(first)).isEqualTo(201);
        assertThat(json(first).get("changed").asBoolean()).isTrue();
        HttpResponse<String> again = api.put("/api/v1/users/u3/following/artists/a-rh", api.admin, null);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).get("changed").asBoolean()).isFalse();
        api.put("/api/v1/users/u3/following/users/u4", api.admin, null);
        api.put("/api/v1/users/u5/following/users/u4", api.admin, null);

        assertThat(json(api.get("/api/v1/users/u3/following?kind=artists", api.admin)).get("items").toString()).isEqualTo("[\"a-rh\"]");
        assertThat(json(api.get("/api/v1/users/u3/following?kind=users", api.admin)).get("items").toString()).isEqualTo("[\"u4\"]");
        JsonNode followers = json(api.get("/api/v1/users/u4/followers?limit=1", api.admin));
        assertThat(followers.get("total").asInt()).isEqualTo(2);
        assertThat(followers.get("items").toString()).isEqualTo("[\"u3\"]");
        JsonNode rest = json(api.get("/api/v1/users/u4/followers?limit=1&cursor=" + followers.get("next").asText(), api.admin));
        assertThat(rest.get("items").toString()).isEqualTo("[\"u5\"]");
        assertThat(rest.get("next").isNull()).isTrue();
        assertThat(json(api.get("/api/v1/users/u4", api.admin)).get("followers").asInt()).isEqualTo(2);

        HttpResponse<String> gone = api.send("DELETE", "/api/v1/users/u3/following/artists/a-rh", api.admin, null);
        assertThat(gone.statusCode()).isEqualTo(200);
        assertThat(json(gone).get("changed").asBoolean()).isTrue();
        assertThat(json(api.send("DELETE", "/api/v1/users/u3/following/artists/a-rh", api.admin, null)).get("changed").asBoolean()).isFalse();
        assertThat(json(api.get("/api/v1/users/u3/following", api.admin)).get("items").size()).isZero();
    }

    @Test
    void aListenerFollowsOnlyForItselfAndArtistsSeeTheirOwnFollowers() throws Exception {
        assertThat(api.put("/api/v1/users/u1/following/artists/a-bj", api.u1, null).statusCode()).isIn(200, 201);
        assertThat(api.put("/api/v1/users/u2/following/artists/a-bj", api.u2, null).statusCode()).isIn(200, 201);
        assertProblem(api.put("/api/v1/users/u2/following/artists/a-rh", api.u1, null), 403);
        assertProblem(api.send("DELETE", "/api/v1/users/u2/following/artists/a-bj", api.u1, null), 403);
        assertProblem(api.get("/api/v1/users/u2/following", api.u1), 403);
        assertProblem(api.get("/api/v1/users/u2/followers", api.u1), 403);
        assertProblem(api.put("/api/v1/users/u1/following/artists/a-bj", null, null), 401);

        assertThat(json(api.get("/api/v1/artists/a-bj/followers", api.otherArtist)).get("items").toString()).isEqualTo("[\"u1\",\"u2\"]");
        assertProblem(api.get("/api/v1/artists/a-bj/followers", api.artist), 403);
        assertProblem(api.get("/api/v1/artists/a-bj/followers", api.u1), 403);
    }

    @Test
    void followTargetsMustExistAndBeFollowable() throws Exception {
        assertProblem(api.put("/api/v1/users/u1/following/artists/no-such-artist", api.u1, null), 404);
        assertProblem(api.put("/api/v1/users/u1/following/users/ghost", api.u1, null), 404);
        assertProblem(api.put("/api/v1/users/u1/following/users/u1", api.u1, null), 422);
        assertProblem(api.put("/api/v1/users/u1/following/playlists/p1", api.u1, null), 422);
    }
}
