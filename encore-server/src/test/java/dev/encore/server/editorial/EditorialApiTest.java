package dev.encore.server.editorial;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.encore.core.domain.Artist;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.Track;
import dev.encore.server.EncoreServer;
import dev.encore.server.ServerConfig;
import dev.encore.server.auth.Role;
import dev.encore.server.serving.DirectoryModelSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Editorial pools over HTTP: admin curation, per-listener selections, placement stats and the editor page. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditorialApiTest {
    static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir static Path dir;
    private EncoreServer server;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private String u1, u2, admin;

    @BeforeAll
    void start() throws Exception {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        var models = new DirectoryModelSource(dir.resolve("models"), DirectoryModelSource.bundles(clock), JSON);
        server = EncoreServer.create(new ServerConfig(dir, models, false, 10_000, 16L << 20, 2_000, 4_000, 500, 0, 0, null, 0,
                clock, false)).start(0);
        u1 = server.tokens().create(Role.LISTENER, "u1").token();
        u2 = server.tokens().create(Role.LISTENER, "u2").token();
        admin = server.tokens().create(Role.ADMIN, null).token();
        server.store().write(s -> {
            for (String a : List.of("A", "B", "C")) s.artist(new Artist(a, "Artist " + a, List.of("indie"), null, "t"));
            for (int i = 0; i < 9; i++) {
                String artist = List.of("A", "B", "C").get(i % 3);
                s.track(new Track("t" + i, "Song " + i, List.of(artist), null, 200_000, null, false, null, List.of("indie"), null, "t"));
            }
            s.track(new Track("old", "Old song", List.of("A"), null, 200_000, null, false, null, List.of(), null, "t"));
            // u1 plays artist A (via "old", not in the pool), u2 plays artist B
            for (int i = 0; i < 3; i++) s.listen(ListenEvent.play("u1", "old", NOW.minusSeconds(3600L * (i + 1)), "t"));
            for (int i = 0; i < 3; i++) s.listen(ListenEvent.play("u2", "t1", NOW.minusSeconds(3600L * (i + 1)), "t"));
        });
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
    }

    private HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static final String POOL = """
            {"title":"Indie Rising","size":4,"fixedRatio":0.5,
             "tracks":[{"id":"t8","pin":1},"t2","t0","t3","t4","t5","t6","t7","t1"]}""";

    private static List<String> tracks(JsonNode selection) {
        List<String> out = new ArrayList<>();
        selection.path("items").forEach(i -> out.add(i.path("track").asText()));
        return out;
    }

    @Test
    void editorsCurateListenersGetTheirOwnSelectionAndEditorsSeeHowPlacementsDid() throws Exception {
        HttpResponse<String> created = send("PUT", "/api/v1/editorial/indie-rising", admin, POOL);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(send("PUT", "/api/v1/editorial/indie-rising", admin, POOL).statusCode()).isEqualTo(200);
        JsonNode stored = JSON.readTree(send("GET", "/api/v1/editorial/indie-rising", u1, null).body());
        assertThat(stored.path("tracks").get(0).path("pin").asInt()).isEqualTo(1);
        assertThat(JSON.readTree(send("GET", "/api/v1/editorial", u1, null).body()).path("pools").get(0).path("candidates").asInt()).isEqualTo(9);

        // F = 2: the pin (t8) and the editor's first unpinned (t2); 2 slots by taste
        JsonNode a = JSON.readTree(send("GET", "/api/v1/users/u1/editorial/indie-rising", u1, null).body());
        JsonNode b = JSON.readTree(send("GET", "/api/v1/users/u2/editorial/indie-rising", u2, null).body());
        assertThat(tracks(a)).hasSize(4).startsWith("t8").contains("t2", "t0", "t3");   // u1 likes artist A: t0, t3
        assertThat(tracks(b)).hasSize(4).startsWith("t8").contains("t2", "t4", "t7");   // u2 likes artist B: t4, t7 (t1 ranks last)
        assertThat(a.path("items").get(0).path("slot").asText()).isEqualTo("pinned");
        assertThat(a.path("items").get(1).path("reason").asText()).isEqualTo("picked for you: you play Artist A");

        server.store().write(s -> {
            s.listen(ListenEvent.play("u1", "t0", NOW.plusSeconds(600), "t"));
            s.listen(new ListenEvent("u1", ItemKind.TRACK, "t8", NOW.plusSeconds(700), 5000, null, null, null, null, true, false, false, null, "t"));
        });
        JsonNode stats = JSON.readTree(send("GET", "/api/v1/editorial/indie-rising/stats", admin, null).body());
        assertThat(stats.path("totals").path("impressions").asInt()).isEqualTo(8);
        assertThat(stats.path("totals").path("streams").asInt()).isEqualTo(1);
        assertThat(stats.path("totals").path("skips").asInt()).isEqualTo(1);
        JsonNode t8 = null;
        for (JsonNode r : stats.path("placements")) if (r.path("track").asText().equals("t8")) t8 = r;
        assertThat(t8).isNotNull();
        assertThat(t8.path("slot").asText()).isEqualTo("pinned");
        assertThat(t8.path("listeners").asInt()).isEqualTo(2);
        assertThat(t8.path("skipRate").asDouble()).isEqualTo(1.0);
    }

    @Test
    void onlyAdminsCurateAndSeeStatsAndListenersOnlyTheirOwnSelection() throws Exception {
        send("PUT", "/api/v1/editorial/guarded", admin, POOL);
        assertThat(send("PUT", "/api/v1/editorial/guarded", u1, POOL).statusCode()).isEqualTo(403);
        assertThat(send("GET", "/api/v1/editorial/guarded/stats", u1, null).statusCode()).isEqualTo(403);
        assertThat(send("GET", "/api/v1/users/u2/editorial/guarded", u1, null).statusCode()).isEqualTo(403);
        assertThat(send("GET", "/api/v1/users/u1/editorial/nope", u1, null).statusCode()).isEqualTo(404);
        assertThat(send("PUT", "/api/v1/editorial/guarded", null, POOL).statusCode()).isEqualTo(401);
    }

    @Test
    void badPoolsAreProblemsNamingEachField() throws Exception {
        HttpResponse<String> r = send("PUT", "/api/v1/editorial/bad", admin,
                "{\"title\":\"\",\"size\":3,\"fixedRatio\":2,\"tracks\":[\"t1\",\"t1\",{\"id\":\"t2\",\"pin\":9},\"ghost\"]}");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.headers().firstValue("Content-Type")).get().asString().contains("application/problem+json");
        JsonNode p = JSON.readTree(r.body());
        List<String> fields = new ArrayList<>();
        p.path("errors").forEach(e -> fields.add(e.path("field").asText()));
        assertThat(fields).containsExactly("title", "fixedRatio", "tracks[1]", "tracks[2].pin");

        HttpResponse<String> unknown = send("PUT", "/api/v1/editorial/bad", admin, "{\"title\":\"X\",\"size\":2,\"tracks\":[\"t1\",\"ghost\"]}");
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(unknown.body()).contains("not in the catalog: ghost");
        assertThat(send("PUT", "/api/v1/editorial/bad", admin, "{\"title\":\"X\"}").statusCode()).isEqualTo(422);
        assertThat(send("PUT", "/api/v1/editorial/bad", admin, "not json").statusCode()).isEqualTo(400);
        assertThat(send("GET", "/api/v1/editorial/bad", admin, null).statusCode()).isEqualTo(404);
    }

    @Test
    void operatorEditorCreatesPoolsFromTheFormAndShowsErrorsInline() throws Exception {
        String form = "id=rock&title=" + URLEncoder.encode("Rock Now", StandardCharsets.UTF_8) + "&description=&size=3&fixedRatio=0.3&tracks="
                + URLEncoder.encode("t3\nt4 @2\nt5\n", StandardCharsets.UTF_8);
        HttpRequest post = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/ui/operator/editorial"))
                .header("Cookie", EditorialPage.COOKIE + "=" + admin).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> r = http.send(post, HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        assertThat(JSON.readTree(send("GET", "/api/v1/editorial/rock", admin, null).body()).path("tracks").get(1).path("pin").asInt()).isEqualTo(2);

        HttpRequest page = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/ui/operator/editorial?pool=rock"))
                .header("Cookie", EditorialPage.COOKIE + "=" + admin).GET().build();
        String html = http.send(page, HttpResponse.BodyHandlers.ofString()).body();
        assertThat(html).contains("Rock Now", "t4 @2", "How each placement did");

        HttpRequest bad = HttpRequest.newBuilder(post.uri()).header("Cookie", EditorialPage.COOKIE + "=" + admin)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("id=rock&title=R&description=&size=many&fixedRatio=0&tracks=t1")).build();
        HttpResponse<String> err = http.send(bad, HttpResponse.BodyHandlers.ofString());
        assertThat(err.statusCode()).isEqualTo(422);
        assertThat(err.body()).contains("is not a whole number");

        HttpRequest listener = HttpRequest.newBuilder(page.uri()).header("Cookie", EditorialPage.COOKIE + "=" + u1).GET().build();
        assertThat(http.send(listener, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
    }

    @Test
    void homeShelfListsEveryPoolAsACard() throws Exception {
        send("PUT", "/api/v1/editorial/home-test", admin, POOL);
        var shelf = new EditorialHomeShelf(new EditorialService(server.store(), Clock.fixed(NOW, ZoneOffset.UTC)));
        var built = shelf.build(new dev.encore.products.home.HomeRequest("u1", ZoneOffset.UTC, NOW)).orElseThrow();
        assertThat(built.position()).isEqualTo(dev.encore.products.home.HomeShelf.EDITORIAL);
        assertThat(built.entries()).extracting(dev.encore.products.home.ShelfEntry::id).contains("home-test");
        assertThat(built.entries()).extracting(dev.encore.products.home.ShelfEntry::kind).containsOnly("editorial");
    }
}
