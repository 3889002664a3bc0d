package dev.encore.server.catalog;

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
import java.util.StringJoiner;

import static dev.encore.server.Harness.describe;
import static dev.encore.server.Harness.json;
import static dev.encore.server.Harness.problem;
import static org.assertj.core.api.Assertions.assertThat;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogApiTest extends ServerTest {
    @TempDir static Path dir;
    String artist, otherArtist;

    @BeforeAll
    void start() throws Exception {
        serve(ServerConfig.of(dir, ModelSource.NONE));
        artist = h.token(Role.ARTIST, "a-rh");
        otherArtist = h.token(Role.ARTIST, "a-bj");
        HttpResponse<String> r = h.send("POST", "/api/v1/catalog/artists", h.admin, "{\"items\":["
                + "{\"id\":\"a-rh\",\"name\":\"Radiohead\",\"country\":\"gb\",\"tags\":[\"alternative\"]},"
                + "{\"id\":\"a-bj\",\"name\":\"Björk\",\"tags\":[\"electronic\"]}]}");
        assertThat(r.statusCode()).as(describe(r)).isEqualTo(200);
    }

    private static String track(String id, String title, String artist) {
        return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"artistIds\":[\"" + artist + "\"]}";
    }

    @Test
    void upsertsOneRecordThenMergesAPartialUpdate() throws Exception {
        HttpResponse<String> r = h.send("PUT", "/api/v1/catalog/tracks/t-karma", h.admin, "{\"title\":\"Karma Police\",\"artistIds\":[\"a-rh\"],"
                + "\"durationMs\":264000,\"releaseDate\":\"1997-08-25\",\"tags\":[\"rock\"],\"audio\":{\"tempo\":75,\"energy\":0.5,"
                + "\"valence\":0.3,\"danceability\":0.4,\"acousticness\":0.2,\"instrumentalness\":0.0,\"loudness\":-8}}");
        assertThat(r.statusCode()).as(describe(r)).isEqualTo(200);
        assertThat(json(r).get("audio").get("tempo").asDouble()).isEqualTo(75.0);
        // A partial update keeps what it leaves out.
        h.send("PUT", "/api/v1/catalog/tracks/t-karma", h.admin, "{\"title\":\"Karma Police (Remastered)\"}");
        JsonNode t = json(h.get("/api/v1/catalog/tracks/t-karma", h.u1));
        assertThat(t.get("title").asText()).isEqualTo("Karma Police (Remastered)");
        assertThat(t.get("durationMs").asInt()).isEqualTo(264000);
        assertThat(t.get("releaseDate").asText()).isEqualTo("1997-08-25");
        assertThat(t.get("artistIds").get(0).asText()).isEqualTo("a-rh");
        assertThat(t.get("source").asText()).isEqualTo("api");
        assertThat(json(h.get("/api/v1/catalog/artists/a-rh", h.u1)).get("country").asText()).isEqualTo("GB");
        // A fetched record can be sent back as it is (source is read-only, ignored).
        assertThat(h.send("PUT", "/api/v1/catalog/tracks/t-karma", h.admin, t.toString()).statusCode()).isEqualTo(200);
    }

    @Test
    void everyKindRoundTrips() throws Exception {
        assertThat(h.send("PUT", "/api/v1/catalog/albums/al-ok", h.admin, "{\"title\":\"OK Computer\",\"artistIds\":[\"a-rh\"],\"releaseDate\":\"1997-05-21\"}").statusCode()).isEqualTo(200);
        assertThat(h.send("PUT", "/api/v1/catalog/shows/s-1", h.admin, "{\"title\":\"Song Exploder\",\"publisher\":\"Hrishikesh Hirway\",\"tags\":[\"music\"]}").statusCode()).isEqualTo(200);
        assertThat(h.send("PUT", "/api/v1/catalog/episodes/e-1", h.admin, "{\"title\":\"Making Karma\",\"showId\":\"s-1\",\"durationMs\":1800000}").statusCode()).isEqualTo(200);
        HttpResponse<String> single = h.send("POST", "/api/v1/catalog/albums", h.admin, "{\"id\":\"al-kid\",\"title\":\"Kid A\",\"artistIds\":[\"a-rh\"]}");
        assertThat(json(single).get("upserted").asInt()).as(describe(single)).isEqualTo(1);
        assertThat(json(h.get("/api/v1/catalog/albums/al-kid", h.u1)).get("title").asText()).isEqualTo("Kid A");
        assertThat(json(h.get("/api/v1/catalog/albums/al-ok", h.u1)).get("releaseDate").asText()).isEqualTo("1997-05-21");
        assertThat(json(h.get("/api/v1/catalog/shows/s-1", h.u1)).get("publisher").asText()).isEqualTo("Hrishikesh Hirway");
        assertThat(json(h.get("/api/v1/catalog/episodes/e-1", h.u1)).get("showId").asText()).isEqualTo("s-1");
        problem(h.get("/api/v1/catalog/episodes/nope", h.u1), 404);
        problem(h.get("/api/v1/catalog/widgets/x", h.u1), 404);
    }

    @Test
    void batchUpsertThenPagesWithCursors() throws Exception {
        StringJoiner items = new StringJoiner(",", "[", "]");
        for (int i = 0; i < 25; i++) items.add(track(String.format("bt%02d", i), "Batch " + i, "a-bj"));
        HttpResponse<String> r = h.send("POST", "/api/v1/catalog/tracks", h.admin, items.toString());
        assertThat(r.statusCode()).as(describe(r)).isEqualTo(200);
        assertThat(json(r).get("upserted").asInt()).isEqualTo(25);
        List<String> seen = new ArrayList<>();
        String cursor = "";
        for (int pages = 0; cursor != null; pages++) {
            assertThat(pages).isLessThan(10);
            JsonNode page = json(h.get("/api/v1/catalog/tracks?limit=10&cursor=" + cursor, h.u1));
            page.get("items").forEach(t -> seen.add(t.get("id").asText()));
            cursor = page.get("next").isNull() ? null : page.get("next").asText();
        }
        List<String> batch = seen.stream().filter(id -> id.startsWith("bt")).toList();
        assertThat(batch).hasSize(25).isSorted().doesNotHaveDuplicates();
        problem(h.get("/api/v1/catalog/tracks?limit=0", h.u1), 422);
        problem(h.get("/api/v1/catalog/tracks?cursor=***", h.u1), 422);
    }

    @Test
    void aBadRecordRejectsTheWholeBatchNamingIndexAndField() throws Exception {
        String body = "{\"items\":[" + track("bad-0", "Fine", "a-bj") + ","
                + "{\"id\":\"bad-1\",\"title\":\"\",\"durationMs\":-4},"
                + "{\"id\":\"bad-2\",\"title\":\"X\",\"releaseDate\":\"25/08/1997\",\"colour\":\"red\"},"
                + "{\"id\":\"bad-3\",\"title\":\"Y\",\"audio\":{\"tempo\":120,\"energy\":2}}]}";
        HttpResponse<String> r = h.send("POST", "/api/v1/catalog/tracks", h.admin, body);
        problem(r, 422);
        JsonNode p = json(r);
        assertThat(p.get("detail").asText()).contains("nothing from this batch was stored");
        StringJoiner where = new StringJoiner(";");
        p.get("errors").forEach(e -> where.add(e.get("index").asInt() + ":" + e.get("field").asText()));
        assertThat(where.toString()).isEqualTo("1:title;1:durationMs;2:colour;2:releaseDate;3:audio.energy;3:audio.valence;"
                + "3:audio.danceability;3:audio.acousticness;3:audio.instrumentalness;3:audio.loudness");
        assertThat(h.get("/api/v1/catalog/tracks/bad-0", h.u1).statusCode()).isEqualTo(404);
    }

    @Test
    void oversizeBatchesAndMalformedJsonAreRefused() throws Exception {
        StringJoiner items = new StringJoiner(",", "[", "]");
        for (int i = 0; i <= CatalogRoutes.MAX_BATCH; i++) items.add("{\"id\":\"o" + i + "\",\"name\":\"N\"}");
        HttpResponse<String> big = h.send("POST", "/api/v1/catalog/artists", h.admin, items.toString());
        problem(big, 413);
        assertThat(json(big).at("/errors/0/field").asText()).isEqualTo("items");
        assertThat(json(big).get("detail").asText()).contains("10001").contains("10000");
        assertThat(h.get("/api/v1/catalog/artists/o0", h.u1).statusCode()).isEqualTo(404);

        HttpResponse<String> broken = h.send("POST", "/api/v1/catalog/artists", h.admin, "{\"items\":[{\"id\":\"x\",");
        problem(broken, 400);
        assertThat(json(broken).get("detail").asText()).contains("not valid JSON").contains("line 1");
        problem(h.send("POST", "/api/v1/catalog/artists", h.admin, "{\"items\":42}"), 400);
        problem(h.send("PUT", "/api/v1/catalog/artists/a-x", h.admin, "{\"id\":\"a-y\",\"name\":\"Mismatch\"}"), 422);
    }

    @Test
    void authFailuresAndTheArtistOwnershipRule() throws Exception {
        problem(h.get("/api/v1/catalog/tracks", null), 401);
        problem(h.send("POST", "/api/v1/catalog/tracks", "not-a-token", track("x", "X", "a-rh")), 401);
        problem(h.send("POST", "/api/v1/catalog/tracks", h.u1, track("x", "X", "a-rh")), 403);
        // An artist writes its own entry and tracks it is the primary artist of ...
        assertThat(h.send("PUT", "/api/v1/catalog/artists/a-rh", artist, "{\"name\":\"Radiohead\"}").statusCode()).isEqualTo(200);
        assertThat(h.send("POST", "/api/v1/catalog/tracks", artist, "[" + track("own-1", "Airbag", "a-rh") + "]").statusCode()).isEqualTo(200);
        // An update of its own track may leave artistIds out (the stored credits stay); a new track may not.
        assertThat(h.send("PUT", "/api/v1/catalog/tracks/own-1", artist, "{\"title\":\"Airbag (Live)\"}").statusCode()).isEqualTo(200);
        assertThat(json(h.get("/api/v1/catalog/tracks/own-1", h.u1)).at("/artistIds/0").asText()).isEqualTo("a-rh");
        problem(h.send("PUT", "/api/v1/catalog/tracks/own-9", artist, "{\"title\":\"No Credits\"}"), 403);
        // ... but not another artist's entry, a track crediting someone else first, or a stored track of another artist.
        problem(h.send("PUT", "/api/v1/catalog/artists/a-bj", artist, "{\"name\":\"Taken\"}"), 403);
        HttpResponse<String> r = h.send("POST", "/api/v1/catalog/tracks", artist, "[" + track("own-2", "Fine", "a-rh") + ","
                + track("theirs", "Not Mine", "a-bj") + "]");
        problem(r, 403);
        assertThat(json(r).at("/errors/0/index").asInt()).isEqualTo(1);
        assertThat(json(r).at("/errors/0/field").asText()).isEqualTo("artistIds");
        assertThat(h.get("/api/v1/catalog/tracks/own-2", h.u1).statusCode()).isEqualTo(404);
        assertThat(h.send("PUT", "/api/v1/catalog/tracks/bj-1", otherArtist, track("bj-1", "Joga", "a-bj")).statusCode()).isEqualTo(200);
        HttpResponse<String> takeover = h.send("PUT", "/api/v1/catalog/tracks/bj-1", artist, track("bj-1", "Mine Now", "a-rh"));
        problem(takeover, 403);
        assertThat(json(takeover).at("/errors/0/message").asText()).contains("a-bj");
        assertThat(json(h.get("/api/v1/catalog/tracks/bj-1", h.u1)).get("title").asText()).isEqualTo("Joga");
        problem(h.send("PUT", "/api/v1/catalog/shows/s-9", artist, "{\"title\":\"My Show\"}"), 403);
    }
}
