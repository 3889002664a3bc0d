package dev.encore.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.StringJoiner;

import static dev.encore.server.Harness.json;
import static org.assertj.core.api.Assertions.assertThat;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListenBrainzApiTest extends ServerTest {
    @TempDir static Path dir;

    @BeforeAll
    void start() throws Exception {
        serve(testWorld(dir));
    }

    private static String listen(long at, String artist, String track, String extra) {
        return "{\"listened_at\":" + at + ",\"track_metadata\":{\"artist_name\":\"" + artist + "\",\"track_name\":\"" + track
                + "\",\"additional_info\":{" + extra + "}}}";
    }

    private HttpResponse<String> submit(String token, String body) throws Exception {
        return h.post("/1/submit-listens", token == null ? null : "Token " + token, body);
    }

    @Test
    void importsListensAndMatchesTracksByMbidIsrcAndNormalisedName() throws Exception {
        String body = "{\"listen_type\":\"import\",\"payload\":["
                + listen(1_700_000_000L, "Beyoncé", "Halo", "\"recording_mbid\":\"4b1b9ba5-aaaa-bbbb-cccc-000000000001\",\"isrc\":\"USSM10803367\"") + ","
                + listen(1_700_000_300L, "beyonce", "HALO!", "") + ","
                + listen(1_700_000_600L, "Someone", "Other title", "\"isrc\":\"US-SM1-08-03367\"") + "]}";
        HttpResponse<String> r = submit(h.u4, body);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).get("status").asText()).isEqualTo("ok");
        // All three name the same recording, so u4 has heard exactly one new track, under its MBID id.
        assertThat(json(h.get("/api/v1/users/u4/heard/mbid:4b1b9ba5-aaaa-bbbb-cccc-000000000001", h.u4)).get("heard").asBoolean()).isTrue();
        var track = h.server.store().catalog().track("mbid:4b1b9ba5-aaaa-bbbb-cccc-000000000001").orElseThrow();
        assertThat(track.title()).isEqualTo("Halo");
        assertThat(track.isrc()).isEqualTo("USSM10803367");
        assertThat(h.server.store().catalog().artist(track.primaryArtistId()).orElseThrow().name()).isEqualTo("Beyoncé");
        assertThat(h.server.store().listens("u4", java.time.Instant.EPOCH, java.time.Instant.now())).hasSize(3);
        // Same payload again: duplicates are ignored, still ok.
        assertThat(submit(h.u4, body).statusCode()).isEqualTo(200);
        assertThat(h.server.store().listens("u4", java.time.Instant.EPOCH, java.time.Instant.now())).hasSize(3);
    }

    @Test
    void singleAndPlayingNow() throws Exception {
        String single = "{\"listen_type\":\"single\",\"payload\":[" + listen(1_700_001_000L, "Nina Simone", "Feeling Good", "") + "]}";
        assertThat(submit(h.u1, single).statusCode()).isEqualTo(200);
        String now = "{\"listen_type\":\"playing_now\",\"payload\":[{\"track_metadata\":{\"artist_name\":\"A\",\"track_name\":\"Now\"}}]}";
        assertThat(submit(h.u1, now).statusCode()).isEqualTo(200);
        JsonNode err = json(submit(h.u1, now.replace("{\"track_metadata\"", "{\"listened_at\":5,\"track_metadata\"")));
        assertThat(err.get("code").asInt()).isEqualTo(400);
        assertThat(err.get("error").asText()).contains("listened_at");
    }

    @Test
    void errorsUseListenBrainzShape() throws Exception {
        HttpResponse<String> noAuth = submit(null, "{}");
        assertThat(noAuth.statusCode()).isEqualTo(401);
        assertThat(json(noAuth).get("code").asInt()).isEqualTo(401);
        assertThat(json(noAuth).get("error").asText()).contains("Authorization");
        HttpResponse<String> badToken = submit("nope", "{}");
        assertThat(badToken.statusCode()).isEqualTo(401);
        assertThat(json(badToken).has("error")).isTrue();
        HttpResponse<String> badJson = submit(h.u1, "{not json");
        assertThat(badJson.statusCode()).isEqualTo(400);
        assertThat(json(badJson).get("error").asText()).contains("JSON");
        String twoSingles = "{\"listen_type\":\"single\",\"payload\":[" + listen(1, "a", "b", "") + "," + listen(2, "a", "c", "") + "]}";
        assertThat(json(submit(h.u1, twoSingles)).get("error").asText()).contains("exactly one");
        String noTrack = "{\"listen_type\":\"import\",\"payload\":[{\"listened_at\":1,\"track_metadata\":{\"artist_name\":\"a\"}}]}";
        assertThat(json(submit(h.u1, noTrack)).get("error").asText()).contains("track_name");
        StringJoiner many = new StringJoiner(",", "{\"listen_type\":\"import\",\"payload\":[", "]}");
        for (int i = 0; i < 1001; i++) many.add(listen(1_600_000_000L + i, "a", "t" + i, ""));
        HttpResponse<String> tooMany = submit(h.u1, many.toString());
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(json(tooMany).get("error").asText()).contains("1000");
    }

    @Test
    void validateToken() throws Exception {
        JsonNode ok = json(h.get("/1/validate-token?token=" + h.u1, null));
        assertThat(ok.get("valid").asBoolean()).isTrue();
        assertThat(ok.get("user_name").asText()).isEqualTo("u1");
        JsonNode bad = json(h.http.send(java.net.http.HttpRequest.newBuilder(h.uri("/1/validate-token"))
                .header("Authorization", "Token wrong").build(), java.net.http.HttpResponse.BodyHandlers.ofString()));
        assertThat(bad.get("valid").asBoolean()).isFalse();
        assertThat(bad.get("message").asText()).isEqualTo("Token invalid.");
    }
}
