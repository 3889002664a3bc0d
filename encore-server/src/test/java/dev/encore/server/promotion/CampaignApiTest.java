package dev.encore.server.promotion;

import com.fasterxml.jackson.databind.JsonNode;
import dev.encore.core.domain.Artist;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.Track;
import dev.encore.server.Harness;
import dev.encore.server.ServerConfig;
import dev.encore.server.ServerTest;
import dev.encore.server.auth.Role;
import dev.encore.server.serving.ModelSource;
import dev.encore.store.EncoreStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static dev.encore.server.Harness.json;
import static dev.encore.server.Harness.problem;
import static org.assertj.core.api.Assertions.assertThat;

/** Campaigns over HTTP: ownership (artists see only their own, admins all), validation, eligibility reasons, pause/resume, report, opt-out. */
class CampaignApiTest extends ServerTest {
    static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");
    @TempDir static Path dir;
    static String artistA, artistB;

    @BeforeAll
    static void start() throws Exception {
        serve(config(dir));
        artistA = h.token(Role.ARTIST, "A");
        artistB = h.token(Role.ARTIST, "B");
        world(h.store());
    }

    /** No model, the clock standing still at {@link #NOW}, catalog names never cached: the promotion tests' server. */
    static ServerConfig config(Path dir) {
        return ServerConfig.of(dir, ModelSource.NONE).withRequireModel(false).withModelPollSeconds(0)
                .withCatalogCacheMillis(0).withClock(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /**
     * Artists A and B; A's a1 is seasoned and played by 60 listeners (eligible), A's a2 came out 5 days ago (too fresh);
     * b1 is B's.
     */
    static void world(EncoreStore store) {
        LocalDate today = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
        store.write(s -> {
            s.artist(new Artist("A", "Artist A", List.of("indie"), null, "t"));
            s.artist(new Artist("B", "Artist B", List.of("indie"), null, "t"));
            s.track(new Track("a1", "Seasoned", List.of("A"), null, 200_000, today.minusDays(200), false, null, List.of(), null, "t"));
            s.track(new Track("a2", "Fresh", List.of("A"), null, 200_000, today.minusDays(5), false, null, List.of(), null, "t"));
            s.track(new Track("b1", "Other's", List.of("B"), null, 200_000, today.minusDays(200), false, null, List.of(), null, "t"));
            for (int i = 0; i < 60; i++) s.listen(ListenEvent.play("l" + i, "a1", NOW.minusSeconds(3600L * (i + 1)), "t"));
        });
    }

    private static String body(String tracks, String extra) {
        return "{\"name\":\"Spring push\",\"tracks\":" + tracks + ",\"start\":\"2026-04-01T00:00:00Z\",\"end\":\"2026-04-29T00:00:00Z\","
                + "\"commissionRate\":0.3,\"impressionGoal\":500" + extra + "}";
    }

    @Test
    void anArtistCreatesACampaignAndSeesWhichTracksAreEligibleAndWhy() throws Exception {
        HttpResponse<String> r = h.send("POST", "/api/v1/campaigns", artistA, body("[\"a1\",\"a2\"]", ""));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode c = json(r);
        assertThat(r.headers().firstValue("Location")).contains("/api/v1/campaigns/" + c.get("id").asText());
        assertThat(c.get("owner").asText()).isEqualTo("A");
        assertThat(c.get("status").asText()).isEqualTo("active");
        assertThat(c.at("/tracks/0/id").asText()).isEqualTo("a1");
        assertThat(c.at("/tracks/0/eligible").asBoolean()).as(c.toString()).isTrue();
        assertThat(c.at("/tracks/1/eligible").asBoolean()).isFalse();
        assertThat(c.at("/tracks/1/reasons/0").asText()).contains("released 5 days ago");
        JsonNode got = json(h.send("GET", "/api/v1/campaigns/" + c.get("id").asText(), artistA, null));
        assertThat(got.get("name").asText()).isEqualTo("Spring push");
    }

    @Test
    void anotherArtistsCampaignIsNotFoundAndAdminsSeeEverything() throws Exception {
        String id = json(h.send("POST", "/api/v1/campaigns", artistA, body("[\"a1\"]", ""))).get("id").asText();
        problem(h.send("GET", "/api/v1/campaigns/" + id, artistB, null), 404);
        problem(h.send("POST", "/api/v1/campaigns/" + id + "/pause", artistB, null), 404);
        problem(h.send("GET", "/api/v1/campaigns/" + id + "/report", artistB, null), 404);
        assertThat(ids(h.send("GET", "/api/v1/campaigns", artistB, null))).doesNotContain(id);
        assertThat(ids(h.send("GET", "/api/v1/campaigns", artistA, null))).contains(id);
        assertThat(ids(h.send("GET", "/api/v1/campaigns", h.admin, null))).contains(id);
        assertThat(h.send("GET", "/api/v1/campaigns/" + id, h.admin, null).statusCode()).isEqualTo(200);
        problem(h.send("GET", "/api/v1/campaigns", h.u1, null), 403);
        problem(h.send("GET", "/api/v1/campaigns", null, null), 401);
    }

    @Test
    void artistsPromoteOnlyTheirOwnKnownTracks() throws Exception {
        HttpResponse<String> r = h.send("POST", "/api/v1/campaigns", artistA, body("[\"b1\",\"ghost\"]", ""));
        JsonNode errors = problem(r, 422).get("errors");
        assertThat(errors.get(0).get("field").asText()).isEqualTo("tracks[0]");
        assertThat(errors.get(0).get("message").asText()).contains("not credited to you");
        assertThat(errors.get(1).get("message").asText()).contains("'ghost' is not in the catalog");
        problem(h.send("POST", "/api/v1/campaigns", artistA, body("[\"a1\"]", ",\"owner\":\"B\"")), 422);
    }

    @Test
    void badBodiesSayWhatToFix() throws Exception {
        HttpResponse<String> r = h.send("POST", "/api/v1/campaigns", artistA,
                "{\"name\":\"\",\"tracks\":[],\"start\":\"yesterday\",\"end\":\"2026-04-29T00:00:00Z\",\"commissionRate\":2}");
        List<String> fields = new ArrayList<>();
        problem(r, 422).get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).containsExactly("name", "tracks", "start", "commissionRate");
        problem(h.send("POST", "/api/v1/campaigns", artistA, "{not json"), 400);
        problem(h.send("POST", "/api/v1/campaigns", h.admin, body("[\"a1\"]", "")), 422);
        assertThat(h.send("POST", "/api/v1/campaigns", h.admin, body("[\"a1\",\"b1\"]", ",\"owner\":\"label-1\"")).statusCode()).isEqualTo(201);
    }

    @Test
    void pauseAndResumeAreStoredAndTheReportIsAvailable() throws Exception {
        String id = json(h.send("POST", "/api/v1/campaigns", artistA, body("[\"a1\"]", ""))).get("id").asText();
        assertThat(json(h.send("POST", "/api/v1/campaigns/" + id + "/pause", artistA, null)).get("status").asText()).isEqualTo("paused");
        assertThat(json(h.send("GET", "/api/v1/campaigns/" + id, artistA, null)).get("status").asText()).isEqualTo("paused");
        assertThat(json(h.send("POST", "/api/v1/campaigns/" + id + "/resume", h.admin, null)).get("status").asText()).isEqualTo("active");
        JsonNode report = json(h.send("GET", "/api/v1/campaigns/" + id + "/report", artistA, null));
        assertThat(report.get("campaign").asText()).isEqualTo(id);
        assertThat(report.get("impressions").asLong()).isZero();
        assertThat(report.has("incrementalStreams")).isTrue();
        assertThat(report.at("/incrementalStreams/low95").isNull()).isTrue();
        assertThat(report.get("days").isArray()).isTrue();
    }

    @Test
    void listenersOptOutOfPromotionForThemselvesOnly() throws Exception {
        HttpResponse<String> r = h.send("PUT", "/api/v1/users/u1/promotion", h.u1, "{\"optOut\": true}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(json(h.send("GET", "/api/v1/users/u1/promotion", h.u1, null)).get("optOut").asBoolean()).isTrue();
        problem(h.send("PUT", "/api/v1/users/u2/promotion", h.u1, "{\"optOut\": true}"), 403);
        problem(h.send("PUT", "/api/v1/users/u1/promotion", h.u1, "{\"optOut\": \"yes\"}"), 422);
        h.send("PUT", "/api/v1/users/u1/promotion", h.u1, "{\"optOut\": false}");
        assertThat(json(h.send("GET", "/api/v1/users/u1/promotion", h.u1, null)).get("optOut").asBoolean()).isFalse();
    }

    /** The campaign ids a listing answered, in order. */
    private static List<String> ids(HttpResponse<String> r) throws Exception {
        return Harness.ids(json(r).get("campaigns"));
    }
}
