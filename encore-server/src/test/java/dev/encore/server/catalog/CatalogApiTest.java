package dev.encore.server.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import static dev.encore.server.catalog.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogApiTest {
    @TempDir static Path dir;
    ApiClient api;

    @BeforeAll
    void start() throws Exception {
        api = new ApiClient(dir);
        HttpResponse<String> r = api.post("/api/v1/catalog/artists", api.admin, "{\"items\":["
                + "{\"id\":\"a-rh\",\"name\":\"Radiohead\",\"country\":\"gb\",\"tags\":[\"alternative\"]},"
                + "{\"id\":\"a-bj\",\"name\":\"Björk\",\"tags\":[\"electronic\"]}]}");
        assertThat(r.statusCode()).as(ApiClient.describe(r)).isEqualTo(200);
    }

    @AfterAll
    void stop() throws Exception {
        api.close();
    }

    private static String track(String id, String title, String artist) {
        return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"artistIds\":[\"" + artist + "\"]}";
    }

    private static void assertProblem(HttpResponse<String> r, int status) throws Exception {
        assertThat(r.statusCode()).as(ApiClient.describe(r)).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json(r).get("detail").asText()).isNotBlank();
    }

    @Test
    void upsertsOneRecordThenMergesAPartialUpdate() throws Exception {
        HttpResponse<String> r = api.put("/api/v1/catalog/tracks/t-karma", api.admin, "{\"title\":\"Karma Police\",\"artistIds\":[\"a-rh\"],"
                + "\"durationMs\":264000,\"releaseDate\":\"1997-08-25\",\"tags\":[\"rock\"],\"audio\":{\"tempo\":75,\"energy\":0.5,"
                + "\"valence\":0.3,\"danceability\":0.4,\"acousticness\":0.2,\"instrumentalness\":0.0,\"loudness\":-8}}");
        assertThat(r.statusCode()).as(ApiClient.describe(r)).isEqualTo(200);
        assertThat(json(r).get("audio").get("tempo").asDouble()).isEqualTo(75.0);
        // A partial update keeps what it leaves out.
        api.put("/api/v1/catalog/tracks/t-karma", api.admin, "{\"title\":\"Karma Police (Remastered)\"}");
        JsonNode t = json(api.get("/api/v1/catalog/tracks/t-karma", api.u1));
        assertThat(t.get("title").asText()).isEqualTo("Karma Police (Remastered)");
        assertThat(t.get("durationMs").asInt()).isEqualTo(264000);
        assertThat(t.get("releaseDate").asText()).isEqualTo("1997-08-25");
        assertThat(t.get("artistIds").get(0).asText()).isEqualTo("a-rh");
        assertThat(t.get("source").asText()).isEqualTo("api");
        assertThat(json(api.get("/api/v1/catalog/artists/a-rh", api.u1)).get("country").asText()).isEqualTo("GB");
        // A fetched record can be sent back as it is (source is read-only, ignored).
        assertThat(api.put("/api/v1/catalog/tracks/t-karma", api.admin, t.toString()).statusCode()).isEqualTo(200);
    }

    @Test
    void everyKindRoundTrips() throws Exception {
        assertThat(api.put("/api/v1/catalog/albums/al-ok", api.admin, "{\"title\":\"OK Computer\",\"artistIds\":[\"a-rh\"],\"releaseDate\":\"1997-05-21\"}").statusCode()).isEqualTo(200);
        assertThat(api.put("/api/v1/catalog/shows/s-1", api.admin, "{\"title\":\"Song Exploder\",\"publisher\":\"Hrishikesh Hirway\",\"tags\":[\"music\"]}").statusCode()).isEqualTo(200);
        assertThat(api.put("/api/v1/catalog/episodes/e-1", api.admin, "{\"title\":\"Making Karma\",\"showId\":\"s-1\",\"durationMs\":1800000}").statusCode()).isEqualTo(200);
        HttpResponse<String> single = api.post("/api/v1/catalog/albums", api.admin, "{\"id\":\"al-kid\",\"title\":\"Kid A\",\"artistIds\":[\"a-rh\"]}");
        assertThat(json(single).get("upserted").asInt()).as(ApiClient.describe(single)).isEqualTo(1);
        assertThat(json(api.get("/api/v1/catalog/albums/al-kid", api.u1)).get("title").asText()).isEqualTo("Kid A");
        assertThat(json(api.get("/api/v1/catalog/albums/al-ok", api.u1)).get("releaseDate").asText()).isEqualTo("1997-05-21");
        assertThat(json(api.get("/api/v1/catalog/shows/s-1", api.u1)).get("publisher").asText()).isEqualTo("Hrishikesh Hirway");
        assertThat(json(api.get("/api/v1/catalog/episodes/e-1", api.u1)).get("showId").asText()).isEqualTo("s-1");
        assertProblem(api.get("/api/v1/catalog/episodes/nope", api.u1), 404);
        assertProblem(api.get("/api/v1/catalog/widgets/x", api.u1), 404);
    }

    @Test
    void batchUpsertThenPagesWithCursors() throws Exception {
        StringJoiner items = new StringJoiner(",", "[", "]");
        for (int i = 0; i < 25; i++) items.add(track(String.format("bt%02d", i), "Batch " + i, "a-bj"));
        HttpResponse<String> r = api.post("/api/v1/catalog/tracks", api.admin, items.toString());
        assertThat(r.statusCode()).as(ApiClient.describe(r)).isEqualTo(200);
        assertThat(json(r).get("upserted").asInt()).isEqualTo(25);
        List<String> seen = new ArrayList<>();
        String cursor = "";
        for (int pages = 0; cursor != null; pages++) {
            assertThat(pages).isLessThan(10);
            JsonNode page = json(api.get("/api/v1/catalog/tracks?limit=10&cursor=" + cursor, api.u1));
            page.get("items").forEach(t -> seen.add(t.get("id").asText()));
            cursor = page.get("next").isNull() ? null : page.get("next").asText();
        }
        List<String> batch = seen.stream().filter(id -> id.startsWith("bt")).toList();
        assertThat(batch).hasSize(25).isSorted().doesNotHaveDuplicates();
        assertProblem(api.get("/api/v1/catalog/tracks?limit=0", api.u1), 422);
        assertProblem(api.get("/api/v1/catalog/tracks?cursor=***", api.u1), 422);
    }

    @Test
    void aBadRecordRejectsTheWholeBatchNamingIndexAndField() throws Exception {
        String body = "{\"items\":[" + track("bad-0", "Fine", "a-bj") + ","
                + "{\"id\":\"bad-1\",\"title\":\"\",\"durationMs\":-4},"
                + "{\"id\":\"bad-2\",\"title\":\"X\",\"releaseDate\":\"25/08/1997\",\"colour\":\"red\"},"
                + "{\"id\":\"bad-3\",\"title\":\"Y\",\"audio\":{\"tempo\":120,\"energy\":2}}]}";
        HttpResponse<String> r = api.post("/api/v1/catalog/tracks", api.admin, body);
        assertProblem(r, 422);
        JsonNode p = json(r);
        assertThat(p.get("detail").asText()).contains("nothing from this batch was stored");
        StringJoiner where = new StringJoiner(";");
        p.get("errors").forEach(e -> where.add(e.get("index").asInt() + ":" + e.get("field").asText()));
        assertThat(where.toString()).isEqualTo("1:title;1:durationMs;2:colour;2:releaseDate;3:audio.energy;3:audio.valence;"
                + "3:audio.danceability;3:audio.acousticness;3:audio.instrumentalness;3:audio.loudness");
        assertThat(api.get("/api/v1/catalog/tracks/bad-0", api.u1).statusCode()).isEqualTo(404);
    }

    @Test
    void oversizeBatchesAndMalformedJsonAreRefused() throws Exception {
        StringJoiner items = new StringJoiner(",", "[", "]");
        for (int i = 0; i <= CatalogRoutes.MAX_BATCH; i++) items.add("{\"id\":\"o" + i + "\",\"name\":\"N\"}");
        HttpResponse<String> big = api.post("/api/v1/catalog/artists", api.admin, items.toString());
        assertProblem(big, 413);
        assertThat(json(big).at("/errors/0/field").asText()).isEqualTo("items");
        assertThat(json(big).get("detail").asText()).contains("10001").contains("10000");
        assertThat(api.get("/api/v1/catalog/artists/o0", api.u1).statusCode()).isEqualTo(404);

        HttpResponse<String> broken = api.post("/api/v1/catalog/artists", api.admin, "{\"items\":[{\"id\":\"x\",");
        assertProblem(broken, 400);
        assertThat(json(broken).get("detail").asText()).contains("not valid JSON").contains("line 1");
        assertProblem(api.post("/api/v1/catalog/artists", api.admin, "{\"items\":42}"), 400);
        assertProblem(api.put("/api/v1/catalog/artists/a-x", api.admin, "{\"id\":\"a-y\",\"name\":\"Mismatch\"}"), 422);
    }

    @Test
    void authFailuresAndTheArtistOwnershipRule() throws Exception {
        assertProblem(api.get("/api/v1/catalog/tracks", null), 401);
        assertProblem(api.post("/api/v1/catalog/tracks", "not-a-token", track("x", "X", "a-rh")), 401);
        assertProblem(api.post("/api/v1/catalog/tracks", api.u1, track("x", "X", "a-rh")), 403);
        // An artist writes its own entry and tracks it is the primary artist of ...
        assertThat(api.put("/api/v1/catalog/artists/a-rh", api.artist, "{\"name\":\"Radiohead\"}").statusCode()).isEqualTo(200);
        assertThat(api.post("/api/v1/catalog/tracks", api.artist, "[" + track("own-1", "Airbag", "a-rh") + "]").statusCode()).isEqualTo(200);
        // An update of its own track may leave artistIds out (the stored credits stay); a new track may not.
        assertThat(api.put("/api/v1/catalog/tracks/own-1", api.artist, "{\"title\":\"Airbag (Live)\"}").statusCode()).isEqualTo(200);
        assertThat(json(api.get("/api/v1/catalog/tracks/own-1", api.u1)).at("/artistIds/0").asText()).isEqualTo("a-rh");
        assertProblem(api.put("/api/v1/catalog/tracks/own-9", api.artist, "{\"title\":\"No Credits\"}"), 403);
        // ... but not another artist's entry, a track crediting someone else first, or a stored track of another artist.
        assertProblem(api.put("/api/v1/catalog/artists/a-bj", api.artist, "{\"name\":\"Taken\"}"), 403);
        HttpResponse<String> r = api.post("/api/v1/catalog/tracks", api.artist, "[" + track("own-2", "Fine", "a-rh") + ","
                + track("theirs", "Not Mine", "a-bj") + "]");
        assertProblem(r, 403);
        assertThat(json(r).at("/errors/0/index").asInt()).isEqualTo(1);
        assertThat(json(r).at("/errors/0/field").asText()).isEqualTo("artistIds");
        assertThat(api.get("/api/v1/catalog/tracks/own-2", api.u1).statusCode()).isEqualTo(404);
        assertThat(api.put("/api/v1/catalog/tracks/bj-1", api.otherArtist, track("bj-1", "Joga", "a-bj")).statusCode()).isEqualTo(200);
        HttpResponse<String> takeover = api.put("/api/v1/catalog/tracks/bj-1", api.artist, track("bj-1", "Mine Now", "a-rh"));
        assertProblem(takeover, 403);
        assertThat(json(takeover).at("/errors/0/message").asText()).contains("a-bj");
        assertThat(json(api.get("/api/v1/catalog/tracks/bj-1", api.u1)).get("title").asText()).isEqualTo("Joga");
        assertProblem(api.put("/api/v1/catalog/shows/s-9", api.artist, "{\"title\":\"My Show\"}"), 403);
    }
}
