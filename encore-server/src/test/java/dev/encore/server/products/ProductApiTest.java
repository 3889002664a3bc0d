package dev.encore.server.products;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.encore.core.domain.FeedbackType;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import dev.encore.server.EncoreServer;
import dev.encore.server.ServerConfig;
import dev.encore.server.auth.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The product endpoints over HTTP on a random port, against {@link ProductWorld} and a fixed clock (week 2026-W48). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir static Path dir;
    private EncoreServer server;
    private final HttpClient http = HttpClient.newHttpClient();
    private String u0, u1, admin;

    @BeforeAll
    void start() throws Exception {
        var models = ProductWorld.build(dir, 11);
        server = EncoreServer.create(new ServerConfig(dir, models, true, 10_000, 16L << 20, 2_000, 4_000, 500, 0, 60_000, null, 0,
                Clock.fixed(ProductWorld.NOW, ZoneOffset.UTC))).start(0);
        u0 = server.tokens().create(Role.LISTENER, "u0").token();
        u1 = server.tokens().create(Role.LISTENER, "u1").token();
        admin = server.tokens().create(Role.ADMIN, null).token();
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).GET();
        if (token != null) b.header("Authorization", "Bearer " + token);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> ids(JsonNode items) {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(i.get("id").asText()));
        return out;
    }

    private static void assertReasons(JsonNode items) {
        assertThat(items.size()).isPositive();
        items.forEach(i -> assertThat(i.get("reason").asText()).as("reason of %s", i.get("id")).isNotBlank());
    }

    private Set<String> heard(String user) {
        Set<String> out = new HashSet<>();
        for (ListenEvent e : server.store().listens(user, Instant.EPOCH, ProductWorld.NOW.plusSeconds(86_400))) out.add(e.itemId());
        return out;
    }

    @Test
    void weeklyDiscoveryIsTheRecordedEditionOfTheWeekWithUnheardTracksAndReasons() throws Exception {
        HttpResponse<String> r = get("/api/v1/users/u0/discovery-weekly", u0);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("period").asText()).isEqualTo("2026-W48");
        assertReasons(body.get("items"));
        assertThat(ids(body.get("items"))).doesNotContainAnyElementsOf(heard("u0"));
        assertThat(server.store().playlists().playlist(body.get("id").asText())).isPresent();
        JsonNode again = JSON.readTree(get("/api/v1/users/u0/discovery-weekly", u0).body());
        assertThat(ids(again.get("items"))).isEqualTo(ids(body.get("items")));
    }

    @Test
    void listenersReachOnlyTheirOwnProducts() throws Exception {
        for (String path : List.of("/api/v1/users/u0/discovery-weekly", "/api/v1/users/u0/daily-mixes", "/api/v1/users/u0/review/2026")) {
            HttpResponse<String> forbidden = get(path, u1);
            assertThat(forbidden.statusCode()).as(path).isEqualTo(403);
            assertThat(forbidden.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(JSON.readTree(forbidden.body()).get("detail").asText()).contains("cannot access user 'u0'");
            assertThat(get(path, null).statusCode()).as(path).isEqualTo(401);
            assertThat(get(path, admin).statusCode()).as(path).isEqualTo(200);
        }
        assertThat(post("/api/v1/radio", u1, "{\"user\":\"u0\",\"seed\":{\"type\":\"taste\"}}").statusCode()).isEqualTo(403);
    }

    @Test
    void dailyMixesFollowTheListenersGenreAndAreExportable() throws Exception {
        HttpResponse<String> r = get("/api/v1/users/u1/daily-mixes", u1);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode mixes = JSON.readTree(r.body()).get("mixes");
        assertThat(mixes.size()).isPositive();
        JsonNode first = mixes.get(0);
        assertReasons(first.get("items"));
        assertThat(first.get("period").asText()).isEqualTo("2026-11-23");
        long jazz = ids(first.get("items")).stream().filter(id -> ProductWorld.genreOf(id) == 1).count();
        assertThat(jazz).as("u1 loves jazz").isGreaterThan(first.get("items").size() / 2);
        HttpResponse<String> m3u = get(first.at("/exports/m3u8").asText(), u1);
        assertThat(m3u.statusCode()).as(m3u.body()).isEqualTo(200);
        assertThat(m3u.body()).startsWith("#EXTM3U\n");
    }

    @Test
    void yearlyReviewCountsTheListensOfTheYear() throws Exception {
        HttpResponse<String> r = get("/api/v1/users/u2/review/2026", admin);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(r.body());
        int plays = 0;
        for (JsonNode day : body.get("clock")) for (JsonNode hour : day) plays += hour.asInt();
        assertThat(plays).isEqualTo(ProductWorld.PLAYS);
        assertThat(body.get("minutesListened").asLong()).isEqualTo(ProductWorld.PLAYS * 3);   // plays of 3-minute tracks
        assertThat(ProductWorld.genreOf(body.at("/topTracks/0/id").asText())).isEqualTo(2);   // u2 loves techno
        assertThat(body.at("/topArtists/0/name").asText()).startsWith("Artist techno");
        assertThat(body.at("/personality/label").asText()).isNotBlank();
        assertThat(body.get("minutesPercentile").asDouble()).isZero();   // nobody listened less than u2's 90 minutes
        JsonNode heavy = JSON.readTree(get("/api/v1/users/u9/review/2026", admin).body());
        assertThat(heavy.get("minutesListened").asLong()).isEqualTo(ProductWorld.plays(9) * 3L);
        assertThat(heavy.get("minutesPercentile").asDouble()).isEqualTo(90.0);   // 81 of the 90 listeners listened less
        HttpResponse<String> bad = get("/api/v1/users/u2/review/20x6", admin);
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("four-digit year");
    }

    @Test
    void aSkipChangesTheNextRadioTracksAndIsRecordedAsASkippedListen() throws Exception {
        String open = "{\"user\":\"u0\",\"seed\":{\"type\":\"taste\"},\"n\":3}";
        HttpResponse<String> a = post("/api/v1/radio", u0, open), b = post("/api/v1/radio", u0, open);
        assertThat(a.statusCode()).as(a.body()).isEqualTo(201);
        JsonNode sa = JSON.readTree(a.body()), sb = JSON.readTree(b.body());
        assertReasons(sa.get("items"));
        assertThat(ProductWorld.genreOf(sa.at("/items/0/id").asText())).as("u0 loves rock").isZero();
        assertThat(ids(sa.get("items"))).isEqualTo(ids(sb.get("items")));   // same seed, same start
        String skipped = sa.at("/items/0/id").asText();
        String session = sa.get("session").asText();
        HttpResponse<String> fb = post("/api/v1/radio/" + session + "/feedback", u0, "{\"track\":\"" + skipped + "\",\"signal\":\"skip\"}");
        assertThat(fb.statusCode()).as(fb.body()).isEqualTo(200);
        List<String> steered = ids(JSON.readTree(get("/api/v1/radio/" + session + "/next?n=8", u0).body()).get("items"));
        List<String> plain = ids(JSON.readTree(get("/api/v1/radio/" + sb.get("session").asText() + "/next?n=8", u0).body()).get("items"));
        assertThat(steered).hasSize(8).isNotEqualTo(plain);
        assertThat(server.store().history().recent("u0", 5)).anySatisfy(e -> {
            assertThat(e.itemId()).isEqualTo(skipped);
            assertThat(e.skipped()).isTrue();
            assertThat(e.contextType()).isEqualTo("radio");
        });
        assertThat(get("/api/v1/radio/" + session + "/next", u1).statusCode()).isEqualTo(403);
    }

    @Test
    void aRadioLikeIsRecordedAsLikeFeedback() throws Exception {
        JsonNode s = JSON.readTree(post("/api/v1/radio", u1, "{\"user\":\"u1\",\"seed\":{\"type\":\"tag\",\"id\":\"jazz\"}}").body());
        String liked = s.at("/items/0/id").asText();
        assertThat(ProductWorld.genreOf(liked)).isEqualTo(1);
        HttpResponse<String> fb = post("/api/v1/radio/" + s.get("session").asText() + "/feedback", u1, "{\"track\":\"" + liked + "\",\"signal\":\"like\"}");
        assertThat(fb.statusCode()).as(fb.body()).isEqualTo(200);
        assertThat(server.store().signals().feedback("u1", ItemKind.TRACK, liked, FeedbackType.LIKE)).hasValueSatisfying(f -> assertThat(f.active()).isTrue());
    }

    @Test
    void badRadioRequestsGetProblemsThatSayWhatToFix() throws Exception {
        HttpResponse<String> type = post("/api/v1/radio", u0, "{\"user\":\"u0\",\"seed\":{\"type\":\"mood\",\"id\":\"x\"}}");
        assertThat(type.statusCode()).isEqualTo(422);
        assertThat(type.body()).contains("use track, artist, tag or taste");
        HttpResponse<String> unknown = post("/api/v1/radio", u0, "{\"user\":\"u0\",\"seed\":{\"type\":\"track\",\"id\":\"nope\"}}");
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(unknown.body()).contains("nope");
        assertThat(get("/api/v1/radio/no-such-session/next", u0).statusCode()).isEqualTo(404);
        HttpResponse<String> signal = post("/api/v1/radio", u0, "{\"user\":\"u0\",\"seed\":{\"type\":\"taste\"}}");
        String session = JSON.readTree(signal.body()).get("session").asText();
        HttpResponse<String> bad = post("/api/v1/radio/" + session + "/feedback", u0, "{\"track\":\"t0-0-1\",\"signal\":\"love\"}");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("send skip or like");
    }

    @Test
    void exportsParseAsJspfXspfAndM3u8AndStayPrivate() throws Exception {
        JsonNode pl = JSON.readTree(get("/api/v1/users/u0/discovery-weekly", u0).body());
        int n = pl.get("items").size();
        String base = "/api/v1/playlists/" + URLEncoder.encode(pl.get("id").asText(), StandardCharsets.UTF_8);
        HttpResponse<String> jspf = get(base + ".jspf", u0);
        assertThat(jspf.statusCode()).as(jspf.body()).isEqualTo(200);
        JsonNode tracks = JSON.readTree(jspf.body()).at("/playlist/track");
        assertThat(tracks.size()).isEqualTo(n);
        assertThat(tracks.get(0).get("annotation").asText()).isEqualTo(pl.at("/items/0/reason").asText());
        assertThat(tracks.get(0).at("/identifier/0").asText()).isEqualTo(PlaylistExports.identifier(pl.at("/items/0/id").asText()));
        HttpResponse<String> xspf = get(base + ".xspf", u0);
        assertThat(xspf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/xspf+xml"));
        var f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xspf.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://xspf.org/ns/0/");
        assertThat(doc.getElementsByTagNameNS("http://xspf.org/ns/0/", "track").getLength()).isEqualTo(n);
        String m3u = get(base + ".m3u8", u0).body();
        assertThat(m3u.lines().filter(l -> l.startsWith("#EXTINF:180,")).count()).isEqualTo(n);
        assertThat(get(base + ".jspf", u1).statusCode()).isEqualTo(403);
        assertThat(get(base + ".pdf", u0).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/playlists/none.jspf", u0).statusCode()).isEqualTo(404);
    }

    @Test
    void theOpenApiDocumentDescribesEveryProductEndpoint() throws Exception {
        JsonNode paths = JSON.readTree(get("/api/v1/openapi.json", null).body()).get("paths");
        assertThat(paths.at("/~1api~1v1~1users~1{id}~1discovery-weekly/get/responses/200").isMissingNode()).isFalse();
        for (String path : List.of("/api/v1/users/{id}/daily-mixes", "/api/v1/users/{id}/review/{year}", "/api/v1/radio",
                "/api/v1/radio/{session}/next", "/api/v1/radio/{session}/feedback", "/api/v1/playlists/{id}.{format}"))
            assertThat(paths.has(path)).as(path).isTrue();
    }
}
