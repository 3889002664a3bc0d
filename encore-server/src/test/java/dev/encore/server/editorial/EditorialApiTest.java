package dev.encore.server.editorial;

import com.fasterxml.jackson.databind.JsonNode;
import dev.encore.core.domain.Artist;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.Track;
import dev.encore.server.Harness;
import dev.encore.server.ServerTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static dev.encore.server.Harness.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Editorial pools over HTTP: admin curation, per-listener selections, placement stats and the editor page. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditorialApiTest extends ServerTest {
    static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");
    @TempDir static Path dir;
    private String u2;

    @BeforeAll
    void start() throws Exception {
        serve(Harness.noModelAt(dir, NOW));
        u2 = h.listener("u2");
        h.store().write(s -> {
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
        HttpResponse<String> created = h.send("PUT", "/api/v1/editorial/indie-rising", h.admin, POOL);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(h.send("PUT", "/api/v1/editorial/indie-rising", h.admin, POOL).statusCode()).isEqualTo(200);
        JsonNode stored = json(h.send("GET", "/api/v1/editorial/indie-rising", h.u1, null));
        assertThat(stored.path("tracks").get(0).path("pin").asInt()).isEqualTo(1);
        assertThat(json(h.send("GET", "/api/v1/editorial", h.u1, null)).path("pools").get(0).path("candidates").asInt()).isEqualTo(9);

        // F = 2: the pin (t8) and the editor's first unpinned (t2); 2 slots by taste
        JsonNode a = json(h.send("GET", "/api/v1/users/u1/editorial/indie-rising", h.u1, null));
        JsonNode b = json(h.send("GET", "/api/v1/users/u2/editorial/indie-rising", u2, null));
        assertThat(tracks(a)).hasSize(4).startsWith("t8").contains("t2", "t0", "t3");   // u1 likes artist A: t0, t3
        assertThat(tracks(b)).hasSize(4).startsWith("t8").contains("t2", "t4", "t7");   // u2 likes artist B: t4, t7 (t1 ranks last)
        assertThat(a.path("items").get(0).path("slot").asText()).isEqualTo("pinned");
        assertThat(a.path("items").get(1).path("reason").asText()).isEqualTo("picked for you: you play Artist A");

        h.store().write(s -> {
            s.listen(ListenEvent.play("u1", "t0", NOW.plusSeconds(600), "t"));
            s.listen(new ListenEvent("u1", ItemKind.TRACK, "t8", NOW.plusSeconds(700), 5000, null, null, null, null, true, false, false, null, "t"));
        });
        JsonNode stats = json(h.send("GET", "/api/v1/editorial/indie-rising/stats", h.admin, null));
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
        h.send("PUT", "/api/v1/editorial/guarded", h.admin, POOL);
        assertThat(h.send("PUT", "/api/v1/editorial/guarded", h.u1, POOL).statusCode()).isEqualTo(403);
        assertThat(h.send("GET", "/api/v1/editorial/guarded/stats", h.u1, null).statusCode()).isEqualTo(403);
        assertThat(h.send("GET", "/api/v1/users/u2/editorial/guarded", h.u1, null).statusCode()).isEqualTo(403);
        assertThat(h.send("GET", "/api/v1/users/u1/editorial/nope", h.u1, null).statusCode()).isEqualTo(404);
        assertThat(h.send("PUT", "/api/v1/editorial/guarded", null, POOL).statusCode()).isEqualTo(401);
    }

    @Test
    void badPoolsAreProblemsNamingEachField() throws Exception {
        HttpResponse<String> r = h.send("PUT", "/api/v1/editorial/bad", h.admin,
                "{\"title\":\"\",\"size\":3,\"fixedRatio\":2,\"tracks\":[\"t1\",\"t1\",{\"id\":\"t2\",\"pin\":9},\"ghost\"]}");
        JsonNode p = Harness.problem(r, 422);
        List<String> fields = new ArrayList<>();
        p.path("errors").forEach(e -> fields.add(e.path("field").asText()));
        assertThat(fields).containsExactly("title", "fixedRatio", "tracks[1]", "tracks[2].pin");

        HttpResponse<String> unknown = h.send("PUT", "/api/v1/editorial/bad", h.admin, "{\"title\":\"X\",\"size\":2,\"tracks\":[\"t1\",\"ghost\"]}");
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(unknown.body()).contains("not in the catalog: ghost");
        assertThat(h.send("PUT", "/api/v1/editorial/bad", h.admin, "{\"title\":\"X\"}").statusCode()).isEqualTo(422);
        assertThat(h.send("PUT", "/api/v1/editorial/bad", h.admin, "not json").statusCode()).isEqualTo(400);
        assertThat(h.send("GET", "/api/v1/editorial/bad", h.admin, null).statusCode()).isEqualTo(404);
    }

    @Test
    void operatorEditorCreatesPoolsFromTheFormAndShowsErrorsInline() throws Exception {
        String form = "id=rock&title=" + URLEncoder.encode("Rock Now", StandardCharsets.UTF_8) + "&description=&size=3&fixedRatio=0.3&tracks="
                + URLEncoder.encode("t3\nt4 @2\nt5\n", StandardCharsets.UTF_8);
        HttpResponse<String> r = h.form("/ui/operator/editorial", EditorialPage.COOKIE + "=" + h.admin, form);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        assertThat(json(h.send("GET", "/api/v1/editorial/rock", h.admin, null)).path("tracks").get(1).path("pin").asInt()).isEqualTo(2);

        String html = h.page("/ui/operator/editorial?pool=rock", EditorialPage.COOKIE + "=" + h.admin).body();
        assertThat(html).contains("Rock Now", "t4 @2", "How each placement did");

        HttpResponse<String> err = h.form("/ui/operator/editorial", EditorialPage.COOKIE + "=" + h.admin,
                "id=rock&title=R&description=&size=many&fixedRatio=0&tracks=t1");
        assertThat(err.statusCode()).isEqualTo(422);
        assertThat(err.body()).contains("is not a whole number");

        assertThat(h.page("/ui/operator/editorial?pool=rock", EditorialPage.COOKIE + "=" + h.u1).statusCode()).isEqualTo(403);
    }

    @Test
    void homeShelfListsEveryPoolAsACard() throws Exception {
        h.send("PUT", "/api/v1/editorial/home-test", h.admin, POOL);
        var shelf = new EditorialHomeShelf(new EditorialService(h.store(), Clock.fixed(NOW, ZoneOffset.UTC)));
        var built = shelf.build(new dev.encore.products.home.HomeRequest("u1", ZoneOffset.UTC, NOW)).orElseThrow();
        assertThat(built.position()).isEqualTo(dev.encore.products.home.HomeShelf.EDITORIAL);
        assertThat(built.entries()).extracting(dev.encore.products.home.ShelfEntry::id).contains("home-test");
        assertThat(built.entries()).extracting(dev.encore.products.home.ShelfEntry::kind).containsOnly("editorial");
    }
}
