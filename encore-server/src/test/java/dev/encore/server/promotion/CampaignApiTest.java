package dev.encore.server.promotion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.encore.core.domain.Artist;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.Track;
import dev.encore.server.EncoreServer;
import dev.encore.server.ServerConfig;
import dev.encore.server.auth.Role;
import dev.encore.server.serving.ModelSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Campaigns over HTTP: ownership (artists see only their own, admins all), validation, eligibility reasons, pause/resume, report, opt-out. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignApiTest {
    static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir static Path dir;
    private EncoreServer server;
    private final HttpClient http = HttpClient.newHttpClient();
    private String artistA, artistB, admin, listener;

    @BeforeAll
    void start() throws Exception {
        server = EncoreServer.create(new ServerConfig(dir, ModelSource.NONE, false, 10_000, 16L << 20, 2_000, 4_000, 500, 0, 0, null, 0,
                Clock.fixed(NOW, ZoneOffset.UTC), false)).start(0);
        artistA = server.tokens().create(Role.ARTIST, "A").token();
        artistB = server.tokens().create(Role.ARTIST, "B").token();
        admin = server.tokens().create(Role.ADMIN, null).token();
        listener = server.tokens().create(Role.LISTENER, "u1").token();
        LocalDate today = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
        server.store().write(s -> {
            s.artist(new Artist("A", "Artist A", List.of("indie"), null, "t"));
            s.artist(new Artist("B", "Artist B", List.of("indie"), null, "t"));
            s.track(new Track("a1", "Seasoned", List.of("A"), null, 200_000, today.minusDays(200), false, null, List.of(), null, "t"));
            s.track(new Track("a2", "Fresh", List.of("A"), null, 200_000, today.minusDays(5), false, null, List.of(), null, "t"));
            s.track(new Track("b1", "Other's", List.of("B"), null, 200_000, today.minusDays(200), false, null, List.of(), null, "t"));
            for (int i = 0; i < 60; i++) s.listen(ListenEvent.play("l" + i, "a1", NOW.minusSeconds(3600L * (i + 1)), "t"));
        });
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
    }

    private HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) b.header("Content-Type", "application/json");
        if (token != null) b.header("Authorization", "Bearer " + token);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    private static String body(String tracks, String extra) {
        return "{\"name\":\"Spring push\",\"tracks\":" + tracks + ",\"start\":\"2026-04-01T00:00:00Z\",\"end\":\"2026-04-29T00:00:00Z\","
                + "\"commissionRate\":0.3,\"impressionGoal\":500" + extra + "}";
    }

    private static void assertProblem(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void anArtistCreatesACampaignAndSeesWhichTracksAreEligibleAndWhy() throws Exception {
        HttpResponse<String> r = send("POST", "/api/v1/campaigns", artistA, body("[\"a1\",\"a2\"]", ""));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode c = json(r);
        assertThat(r.headers().firstValue("Location")).contains("/api/v1/campaigns/" + c.get("id").asText());
        assertThat(c.get("owner").asText()).isEqualTo("A");
        assertThat(c.get("status").asText()).isEqualTo("active");
        assertThat(c.at("/tracks/0/id").asText()).isEqualTo("a1");
        assertThat(c.at("/tracks/0/eligible").asBoolean()).as(c.toString()).isTrue();
        assertThat(c.at("/tracks/1/eligible").asBoolean()).isFalse();
        assertThat(c.at("/tracks/1/reasons/0").asText()).contains("released 5 days ago");
        JsonNode got = json(send("GET", "/api/v1/campaigns/" + c.get("id").asText(), artistA, null));
        assertThat(got.get("name").asText()).isEqualTo("Spring push");
    }

    @Test
    void anotherArtistsCampaignIsNotFoundAndAdminsSeeEverything() throws Exception {
        String id = json(send("POST", "/api/v1/campaigns", artistA, body("[\"a1\"]", ""))).get("id").asText();
        assertProblem(send("GET", "/api/v1/campaigns/" + id, artistB, null), 404);
        assertProblem(send("POST", "/api/v1/campaigns/" + id + "/pause", artistB, null), 404);
        assertProblem(send("GET", "/api/v1/campaigns/" + id + "/report", artistB, null), 404);
        assertThat(ids(send("GET", "/api/v1/campaigns", artistB, null))).doesNotContain(id);
        assertThat(ids(send("GET", "/api/v1/campaigns", artistA, null))).contains(id);
        assertThat(ids(send("GET", "/api/v1/campaigns", admin, null))).contains(id);
        assertThat(send("GET", "/api/v1/campaigns/" + id, admin, null).statusCode()).isEqualTo(200);
        assertProblem(send("GET", "/api/v1/campaigns", listener, null), 403);
        assertProblem(send("GET", "/api/v1/campaigns", null, null), 401);
    }

    @Test
    void artistsPromoteOnlyTheirOwnKnownTracks() throws Exception {
        HttpResponse<String> r = send("POST", "/api/v1/campaigns", artistA, body("[\"b1\",\"ghost\"]", ""));
        assertProblem(r, 422);
        JsonNode errors = json(r).get("errors");
        assertThat(errors.get(0).get("field").asText()).isEqualTo("tracks[0]");
        assertThat(errors.get(0).get("message").asText()).contains("not credited to you");
        assertThat(errors.get(1).get("message").asText()).contains("'ghost' is not in the catalog");
        assertProblem(send("POST", "/api/v1/campaigns", artistA, body("[\"a1\"]", ",\"owner\":\"B\"")), 422);
    }

    @Test
    void badBodiesSayWhatToFix() throws Exception {
        HttpResponse<String> r = send("POST", "/api/v1/campaigns", artistA,
                "{\"name\":\"\",\"tracks\":[],\"start\":\"yesterday\",\"end\":\"2026-04-29T00:00:00Z\",\"commissionRate\":2}");
        assertProblem(r, 422);
        List<String> fields = new ArrayList<>();
        json(r).get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).containsExactly("name", "tracks", "start", "commissionRate");
        assertProblem(send("POST", "/api/v1/campaigns", artistA, "{not json"), 400);
        assertProblem(send("POST", "/api/v1/campaigns", admin, body("[\"a1\"]", "")), 422);
        assertThat(send("POST", "/api/v1/campaigns", admin, body("[\"a1\",\"b1\"]", ",\"owner\":\"label-1\"")).statusCode()).isEqualTo(201);
    }

    @Test
    void pauseAndResumeAreStoredAndTheReportIsAvailable() throws Exception {
        String id = json(send("POST", "/api/v1/campaigns", artistA, body("[\"a1\"]", ""))).get("id").asText();
        assertThat(json(send("POST", "/api/v1/campaigns/" + id + "/pause", artistA, null)).get("status").asText()).isEqualTo("paused");
        assertThat(json(send("GET", "/api/v1/campaigns/" + id, artistA, null)).get("status").asText()).isEqualTo("paused");
        assertThat(json(send("POST", "/api/v1/campaigns/" + id + "/resume", admin, null)).get("status").asText()).isEqualTo("active");
        JsonNode report = json(send("GET", "/api/v1/campaigns/" + id + "/report", artistA, null));
        assertThat(report.get("campaign").asText()).isEqualTo(id);
        assertThat(report.get("impressions").asLong()).isZero();
        assertThat(report.has("incrementalStreams")).isTrue();
        assertThat(report.at("/incrementalStreams/low95").isNull()).isTrue();
        assertThat(report.get("days").isArray()).isTrue();
    }

    @Test
    void listenersOptOutOfPromotionForThemselvesOnly() throws Exception {
        HttpResponse<String> r = send("PUT", "/api/v1/users/u1/promotion", listener, "{\"optOut\": true}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(json(send("GET", "/api/v1/users/u1/promotion", listener, null)).get("optOut").asBoolean()).isTrue();
        assertProblem(send("PUT", "/api/v1/users/u2/promotion", listener, "{\"optOut\": true}"), 403);
        assertProblem(send("PUT", "/api/v1/users/u1/promotion", listener, "{\"optOut\": \"yes\"}"), 422);
        send("PUT", "/api/v1/users/u1/promotion", listener, "{\"optOut\": false}");
        assertThat(json(send("GET", "/api/v1/users/u1/promotion", listener, null)).get("optOut").asBoolean()).isFalse();
    }

    private static List<String> ids(HttpResponse<String> r) throws Exception {
        List<String> out = new ArrayList<>();
        json(r).get("campaigns").forEach(c -> out.add(c.get("id").asText()));
        return out;
    }
}
