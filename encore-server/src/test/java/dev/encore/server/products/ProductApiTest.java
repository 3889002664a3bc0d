package dev.encore.server.products;

import com.fasterxml.jackson.databind.JsonNode;
import dev.encore.core.domain.FeedbackType;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import dev.encore.server.Harness;
import dev.encore.server.ServerTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dev.encore.server.Harness.ids;
import static dev.encore.server.Harness.json;
import static org.assertj.core.api.Assertions.assertThat;

/** The product endpoints over HTTP on a random port, against {@link ProductWorld} and a fixed clock (week 2026-W48). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductApiTest extends ServerTest {
    @TempDir static Path dir;
    private String u0;

    @BeforeAll
    void start() throws Exception {
        serve(ProductWorld.serverConfig(dir, 11));
        u0 = h.listener("u0");
    }

    private static void assertReasons(JsonNode items) {
        assertThat(items.size()).isPositive();
        items.forEach(i -> assertThat(i.get("reason").asText()).as("reason of %s", i.get("id")).isNotBlank());
    }

    private Set<String> heard(String user) {
        Set<String> out = new HashSet<>();
        for (ListenEvent e : h.store().listens(user, Instant.EPOCH, ProductWorld.NOW.plusSeconds(86_400))) out.add(e.itemId());
        return out;
    }

    @Test
    void weeklyDiscoveryIsTheRecordedEditionOfTheWeekWithUnheardTracksAndReasons() throws Exception {
        HttpResponse<String> r = h.get("/api/v1/users/u0/discovery-weekly", u0);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode body = json(r);
        assertThat(body.get("period").asText()).isEqualTo("2026-W48");
        assertReasons(body.get("items"));
        assertThat(ids(body.get("items"))).doesNotContainAnyElementsOf(heard("u0"));
        assertThat(h.store().playlists().playlist(body.get("id").asText())).isPresent();
        JsonNode again = json(h.get("/api/v1/users/u0/discovery-weekly", u0));
        assertThat(ids(again.get("items"))).isEqualTo(ids(body.get("items")));
    }

    @Test
    void listenersReachOnlyTheirOwnProducts() throws Exception {
        for (String path : List.of("/api/v1/users/u0/discovery-weekly", "/api/v1/users/u0/daily-mixes", "/api/v1/users/u0/review/2026")) {
            assertThat(Harness.problem(h.get(path, h.u1), 403).get("detail").asText()).as(path).contains("cannot access user 'u0'");
            assertThat(h.get(path, null).statusCode()).as(path).isEqualTo(401);
            assertThat(h.get(path, h.admin).statusCode()).as(path).isEqualTo(200);
        }
        assertThat(h.send("POST", "/api/v1/radio", h.u1, "{\"user\":\"u0\",\"seed\":{\"type\":\"taste\"}}").statusCode()).isEqualTo(403);
    }

    @Test
    void dailyMixesFollowTheListenersGenreAndAreExportable() throws Exception {
        HttpResponse<String> r = h.get("/api/v1/users/u1/daily-mixes", h.u1);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode mixes = json(r).get("mixes");
        assertThat(mixes.size()).isPositive();
        JsonNode first = mixes.get(0);
        assertReasons(first.get("items"));
        assertThat(first.get("period").asText()).isEqualTo("2026-11-23");
        long jazz = ids(first.get("items")).stream().filter(id -> ProductWorld.genreOf(id) == 1).count();
        assertThat(jazz).as("u1 loves jazz").isGreaterThan(first.get("items").size() / 2);
        HttpResponse<String> m3u = h.get(first.at("/exports/m3u8").asText(), h.u1);
        assertThat(m3u.statusCode()).as(m3u.body()).isEqualTo(200);
        assertThat(m3u.body()).startsWith("#EXTM3U\n");
    }

    @Test
    void yearlyReviewCountsTheListensOfTheYear() throws Exception {
        HttpResponse<String> r = h.get("/api/v1/users/u2/review/2026", h.admin);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode body = json(r);
        int plays = 0;
        for (JsonNode day : body.get("clock")) for (JsonNode hour : day) plays += hour.asInt();
        assertThat(plays).isEqualTo(ProductWorld.PLAYS);
        assertThat(body.get("minutesListened").asLong()).isEqualTo(ProductWorld.PLAYS * 3);   // plays of 3-minute tracks
        assertThat(ProductWorld.genreOf(body.at("/topTracks/0/id").asText())).isEqualTo(2);   // u2 loves techno
        assertThat(body.at("/topArtists/0/name").asText()).startsWith("Artist techno");
        assertThat(body.at("/personality/label").asText()).isNotBlank();
        assertThat(body.get("minutesPercentile").asDouble()).isZero();   // nobody listened less than u2's 90 minutes
        JsonNode heavy = json(h.get("/api/v1/users/u9/review/2026", h.admin));
        assertThat(heavy.get("minutesListened").asLong()).isEqualTo(ProductWorld.plays(9) * 3L);
        assertThat(heavy.get("minutesPercentile").asDouble()).isEqualTo(90.0);   // 81 of the 90 listeners listened less
        HttpResponse<String> bad = h.get("/api/v1/users/u2/review/20x6", h.admin);
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("four-digit year");
    }

    @Test
    void aSkipChangesTheNextRadioTracksAndIsRecordedAsASkippedListen() throws Exception {
        String open = "{\"user\":\"u0\",\"seed\":{\"type\":\"taste\"},\"n\":3}";
        HttpResponse<String> a = h.send("POST", "/api/v1/radio", u0, open), b = h.send("POST", "/api/v1/radio", u0, open);
        assertThat(a.statusCode()).as(a.body()).isEqualTo(201);
        JsonNode sa = json(a), sb = json(b);
        assertReasons(sa.get("items"));
        assertThat(ProductWorld.genreOf(sa.at("/items/0/id").asText())).as("u0 loves rock").isZero();
        assertThat(ids(sa.get("items"))).isEqualTo(ids(sb.get("items")));   // same seed, same start
        String skipped = sa.at("/items/0/id").asText();
        String session = sa.get("session").asText();
        HttpResponse<String> fb = h.send("POST", "/api/v1/radio/" + session + "/feedback", u0, "{\"track\":\"" + skipped + "\",\"signal\":\"skip\"}");
        assertThat(fb.statusCode()).as(fb.body()).isEqualTo(200);
        List<String> steered = ids(json(h.get("/api/v1/radio/" + session + "/next?n=8", u0)).get("items"));
        List<String> plain = ids(json(h.get("/api/v1/radio/" + sb.get("session").asText() + "/next?n=8", u0)).get("items"));
        assertThat(steered).hasSize(8).isNotEqualTo(plain);
        assertThat(h.store().history().recent("u0", 5)).anySatisfy(e -> {
            assertThat(e.itemId()).isEqualTo(skipped);
            assertThat(e.skipped()).isTrue();
            assertThat(e.contextType()).isEqualTo("radio");
        });
        assertThat(h.get("/api/v1/radio/" + session + "/next", h.u1).statusCode()).isEqualTo(403);
    }

    @Test
    void aRadioLikeIsRecordedAsLikeFeedback() throws Exception {
        JsonNode s = json(h.send("POST", "/api/v1/radio", h.u1, "{\"user\":\"u1\",\"seed\":{\"type\":\"tag\",\"id\":\"jazz\"}}"));
        String liked = s.at("/items/0/id").asText();
        assertThat(ProductWorld.genreOf(liked)).isEqualTo(1);
        HttpResponse<String> fb = h.send("POST", "/api/v1/radio/" + s.get("session").asText() + "/feedback", h.u1, "{\"track\":\"" + liked + "\",\"signal\":\"like\"}");
        assertThat(fb.statusCode()).as(fb.body()).isEqualTo(200);
        assertThat(h.store().signals().feedback("u1", ItemKind.TRACK, liked, FeedbackType.LIKE)).hasValueSatisfying(f -> assertThat(f.active()).isTrue());
    }

    @Test
    void badRadioRequestsGetProblemsThatSayWhatToFix() throws Exception {
        HttpResponse<String> type = h.send("POST", "/api/v1/radio", u0, "{\"user\":\"u0\",\"seed\":{\"type\":\"mood\",\"id\":\"x\"}}");
        assertThat(type.statusCode()).isEqualTo(422);
        assertThat(type.body()).contains("use track, artist, tag or taste");
        HttpResponse<String> unknown = h.send("POST", "/api/v1/radio", u0, "{\"user\":\"u0\",\"seed\":{\"type\":\"track\",\"id\":\"nope\"}}");
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(unknown.body()).contains("nope");
        assertThat(h.get("/api/v1/radio/no-such-session/next", u0).statusCode()).isEqualTo(404);
        HttpResponse<String> signal = h.send("POST", "/api/v1/radio", u0, "{\"user\":\"u0\",\"seed\":{\"type\":\"taste\"}}");
        String session = json(signal).get("session").asText();
        HttpResponse<String> bad = h.send("POST", "/api/v1/radio/" + session + "/feedback", u0, "{\"track\":\"t0-0-1\",\"signal\":\"love\"}");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("send skip or like");
    }

    @Test
    void exportsParseAsJspfXspfAndM3u8AndStayPrivate() throws Exception {
        JsonNode pl = json(h.get("/api/v1/users/u0/discovery-weekly", u0));
        int n = pl.get("items").size();
        String base = "/api/v1/playlists/" + URLEncoder.encode(pl.get("id").asText(), StandardCharsets.UTF_8);
        HttpResponse<String> jspf = h.get(base + ".jspf", u0);
        assertThat(jspf.statusCode()).as(jspf.body()).isEqualTo(200);
        JsonNode tracks = json(jspf).at("/playlist/track");
        assertThat(tracks.size()).isEqualTo(n);
        assertThat(tracks.get(0).get("annotation").asText()).isEqualTo(pl.at("/items/0/reason").asText());
        assertThat(tracks.get(0).at("/identifier/0").asText()).isEqualTo(PlaylistExports.identifier(pl.at("/items/0/id").asText()));
        HttpResponse<String> xspf = h.get(base + ".xspf", u0);
        assertThat(xspf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/xspf+xml"));
        var f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xspf.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://xspf.org/ns/0/");
        assertThat(doc.getElementsByTagNameNS("http://xspf.org/ns/0/", "track").getLength()).isEqualTo(n);
        String m3u = h.get(base + ".m3u8", u0).body();
        assertThat(m3u.lines().filter(l -> l.startsWith("#EXTINF:180,")).count()).isEqualTo(n);
        assertThat(h.get(base + ".jspf", h.u1).statusCode()).isEqualTo(403);
        assertThat(h.get(base + ".pdf", u0).statusCode()).isEqualTo(404);
        assertThat(h.get("/api/v1/playlists/none.jspf", u0).statusCode()).isEqualTo(404);
    }

    @Test
    void theOpenApiDocumentDescribesEveryProductEndpoint() throws Exception {
        JsonNode paths = json(h.get("/api/v1/openapi.json", null)).get("paths");
        assertThat(paths.at("/~1api~1v1~1users~1{id}~1discovery-weekly/get/responses/200").isMissingNode()).isFalse();
        for (String path : List.of("/api/v1/users/{id}/daily-mixes", "/api/v1/users/{id}/review/{year}", "/api/v1/radio",
                "/api/v1/radio/{session}/next", "/api/v1/radio/{session}/feedback", "/api/v1/playlists/{id}.{format}"))
            assertThat(paths.has(path)).as(path).isTrue();
    }
}
