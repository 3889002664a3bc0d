package dev.encore.server.social;

import com.fasterxml.jackson.databind.JsonNode;
import dev.encore.server.ServerConfig;
import dev.encore.server.ServerTest;
import dev.encore.server.auth.Role;
import dev.encore.server.serving.ModelSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.encore.server.Harness.describe;
import static dev.encore.server.Harness.json;
import static dev.encore.server.Harness.problem;
import static org.assertj.core.api.Assertions.assertThat;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SocialApiTest extends ServerTest {
    @TempDir static Path dir;
    String u2, artist, otherArtist;

    @BeforeAll
    void start() throws Exception {
        serve(ServerConfig.of(dir, ModelSource.NONE));
        u2 = h.listener("u2");
        artist = h.token(Role.ARTIST, "a-rh");
        otherArtist = h.token(Role.ARTIST, "a-bj");
        for (String u : List.of("u1", "u2", "u3", "u4", "u5"))
            assertThat(h.send("POST", "/api/v1/users", h.admin, "{\"id\":\"" + u + "\"}").statusCode()).isIn(200, 201);
        h.send("POST", "/api/v1/catalog/artists", h.admin, "[{\"id\":\"a-rh\",\"name\":\"Radiohead\"},{\"id\":\"a-bj\",\"name\":\"Björk\"}]");
    }

    @Test
    void usersAreCreatedOnceThenMerged() throws Exception {
        HttpResponse<String> created = h.send("POST", "/api/v1/users", h.admin, "{\"id\":\"new-1\",\"country\":\"de\",\"timeZone\":\"Europe/Berlin\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        String createdAt = json(created).get("createdAt").asText();
        HttpResponse<String> updated = h.send("POST", "/api/v1/users", h.admin, "{\"id\":\"new-1\",\"timeZone\":\"America/New_York\"}");
        assertThat(updated.statusCode()).isEqualTo(200);
        JsonNode u = json(h.get("/api/v1/users/new-1", h.admin));
        assertThat(u.get("country").asText()).isEqualTo("DE");
        assertThat(u.get("timeZone").asText()).isEqualTo("America/New_York");
        assertThat(u.get("createdAt").asText()).isEqualTo(createdAt);
        // A listener may create and read only itself.
        assertThat(h.send("POST", "/api/v1/users", h.u1, "{\"id\":\"u1\",\"country\":\"SE\"}").statusCode()).isEqualTo(200);
        assertThat(json(h.get("/api/v1/users/u1", h.u1)).get("country").asText()).isEqualTo("SE");
        problem(h.send("POST", "/api/v1/users", h.u1, "{\"id\":\"someone-else\"}"), 403);
        problem(h.get("/api/v1/users/u2", h.u1), 403);
        problem(h.send("POST", "/api/v1/users", artist, "{\"id\":\"a-rh\"}"), 403);
        problem(h.send("POST", "/api/v1/users", null, "{\"id\":\"u1\"}"), 401);
        problem(h.get("/api/v1/users/nobody", h.admin), 404);
    }

    @Test
    void badUserBodiesNameTheirFields() throws Exception {
        HttpResponse<String> r = h.send("POST", "/api/v1/users", h.admin, "{\"country\":\"Germany\",\"timeZone\":\"Mars/Olympus\",\"age\":3}");
        problem(r, 422);
        List<String> fields = new ArrayList<>();
        json(r).get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("age", "id", "country", "timeZone");
        problem(h.send("POST", "/api/v1/users", h.admin, "{\"id\":"), 400);
        problem(h.send("POST", "/api/v1/users", h.admin, "[1,2]"), 400);
    }

    @Test
    void followAndUnfollowUsersAndArtists() throws Exception {
        HttpResponse<String> first = h.send("PUT", "/api/v1/users/u3/following/artists/a-rh", h.admin, null);
        assertThat(first.statusCode()).as(describe(first)).isEqualTo(201);
        assertThat(json(first).get("changed").asBoolean()).isTrue();
        HttpResponse<String> again = h.send("PUT", "/api/v1/users/u3/following/artists/a-rh", h.admin, null);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).get("changed").asBoolean()).isFalse();
        h.send("PUT", "/api/v1/users/u3/following/users/u4", h.admin, null);
        h.send("PUT", "/api/v1/users/u5/following/users/u4", h.admin, null);

        assertThat(json(h.get("/api/v1/users/u3/following?kind=artists", h.admin)).get("items").toString()).isEqualTo("[\"a-rh\"]");
        assertThat(json(h.get("/api/v1/users/u3/following?kind=users", h.admin)).get("items").toString()).isEqualTo("[\"u4\"]");
        JsonNode followers = json(h.get("/api/v1/users/u4/followers?limit=1", h.admin));
        assertThat(followers.get("total").asInt()).isEqualTo(2);
        assertThat(followers.get("items").toString()).isEqualTo("[\"u3\"]");
        JsonNode rest = json(h.get("/api/v1/users/u4/followers?limit=1&cursor=" + followers.get("next").asText(), h.admin));
        assertThat(rest.get("items").toString()).isEqualTo("[\"u5\"]");
        assertThat(rest.get("next").isNull()).isTrue();
        assertThat(json(h.get("/api/v1/users/u4", h.admin)).get("followers").asInt()).isEqualTo(2);

        HttpResponse<String> gone = h.send("DELETE", "/api/v1/users/u3/following/artists/a-rh", h.admin, null);
        assertThat(gone.statusCode()).isEqualTo(200);
        assertThat(json(gone).get("changed").asBoolean()).isTrue();
        assertThat(json(h.send("DELETE", "/api/v1/users/u3/following/artists/a-rh", h.admin, null)).get("changed").asBoolean()).isFalse();
        assertThat(json(h.get("/api/v1/users/u3/following", h.admin)).get("items").size()).isZero();
    }

    @Test
    void aListenerFollowsOnlyForItselfAndArtistsSeeTheirOwnFollowers() throws Exception {
        assertThat(h.send("PUT", "/api/v1/users/u1/following/artists/a-bj", h.u1, null).statusCode()).isIn(200, 201);
        assertThat(h.send("PUT", "/api/v1/users/u2/following/artists/a-bj", u2, null).statusCode()).isIn(200, 201);
        problem(h.send("PUT", "/api/v1/users/u2/following/artists/a-rh", h.u1, null), 403);
        problem(h.send("DELETE", "/api/v1/users/u2/following/artists/a-bj", h.u1, null), 403);
        problem(h.get("/api/v1/users/u2/following", h.u1), 403);
        problem(h.get("/api/v1/users/u2/followers", h.u1), 403);
        problem(h.send("PUT", "/api/v1/users/u1/following/artists/a-bj", null, null), 401);

        assertThat(json(h.get("/api/v1/artists/a-bj/followers", otherArtist)).get("items").toString()).isEqualTo("[\"u1\",\"u2\"]");
        problem(h.get("/api/v1/artists/a-bj/followers", artist), 403);
        problem(h.get("/api/v1/artists/a-bj/followers", h.u1), 403);
    }

    @Test
    void followTargetsMustExistAndBeFollowable() throws Exception {
        problem(h.send("PUT", "/api/v1/users/u1/following/artists/no-such-artist", h.u1, null), 404);
        problem(h.send("PUT", "/api/v1/users/u1/following/users/ghost", h.u1, null), 404);
        problem(h.send("PUT", "/api/v1/users/u1/following/users/u1", h.u1, null), 422);
        problem(h.send("PUT", "/api/v1/users/u1/following/playlists/p1", h.u1, null), 422);
    }
}
