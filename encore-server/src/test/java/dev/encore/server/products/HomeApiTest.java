package dev.encore.server.products;

import com.fasterxml.jackson.databind.JsonNode;
import dev.encore.core.domain.Follow;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.Track;
import dev.encore.server.Harness;
import dev.encore.server.ServerTest;
import dev.encore.store.EncoreStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static dev.encore.server.Harness.ids;
import static dev.encore.server.Harness.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Home, release radar, daylist, blends, onboarding and taste controls over HTTP against {@link ProductWorld} (Monday
 * 2026-11-23 13:00 in Stockholm) plus one new single per rock artist released three days before, and u0 following u3.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HomeApiTest extends ServerTest {
    @TempDir static Path dir;
    private String u0, u2, newbie;

    @BeforeAll
    void start() throws Exception {
        var models = ProductWorld.build(dir, 11);
        try (EncoreStore store = EncoreStore.open(dir)) {
            store.write(sink -> {
                for (int a = 0; a < ProductWorld.ARTISTS; a++)
                    sink.track(new Track("single0-" + a, "Single " + a, List.of("a0-" + a), null, 200_000, LocalDate.of(2026, 11, 20),
                            false, null, List.of("rock"), null, "test"));
                sink.follow(new Follow("u0", ItemKind.USER, "u3"));
            });
        }
        serve(Harness.at(dir, models, ProductWorld.NOW));
        u0 = h.listener("u0");
        u2 = h.listener("u2");
        newbie = h.listener("newbie");
    }

    private JsonNode ok(String method, String path, String token, String body, int status) throws Exception {
        HttpResponse<String> r = h.send(method, path, token, body);
        assertThat(r.statusCode()).as(method + " " + path + ": " + r.body()).isEqualTo(status);
        return json(r);
    }

    private JsonNode problem(String method, String path, String token, String body, int status) throws Exception {
        return Harness.problem(h.send(method, path, token, body), status);
    }

    @Test
    void homeListsTheShelvesInOrderEveryEntryExplained() throws Exception {
        JsonNode home = ok("GET", "/api/v1/users/u0/home", u0, null, 200);
        List<String> shelves = new ArrayList<>();
        home.get("shelves").forEach(s -> shelves.add(s.get("id").asText()));
        assertThat(shelves).containsSubsequence("daylist", "daily-mixes", "discovery-weekly", "release-radar", "radio");
        home.get("shelves").forEach(s -> s.get("entries").forEach(e -> assertThat(e.get("reason").asText()).isNotBlank()));
        assertThat(home.get("unavailable").size()).isZero();
        assertThat(problem("GET", "/api/v1/users/u0/home", h.u1, null, 403).get("detail").asText()).contains("cannot access user 'u0'");
        assertThat(h.send("GET", "/api/v1/users/u0/home", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void releaseRadarAndDaylistAreExplainedAndExportable() throws Exception {
        JsonNode radar = ok("GET", "/api/v1/users/u0/release-radar", u0, null, 200);
        assertThat(ids(radar.get("items"))).isNotEmpty().allSatisfy(id -> assertThat(id).startsWith("single0-"));
        radar.get("items").forEach(i -> assertThat(i.get("reason").asText()).startsWith("new from Artist rock"));
        assertThat(h.store().playlists().playlist("release-radar:u0:2026-W48")).as("recorded for the week").isPresent();
        assertThat(ok("GET", "/api/v1/users/u1/release-radar", h.u1, null, 200).get("items").size()).as("u1 loves jazz, barely plays rock")
                .isLessThan(radar.get("items").size());
        JsonNode daylist = ok("GET", "/api/v1/users/u0/daylist", u0, null, 200);
        assertThat(daylist.get("title").asText()).startsWith("rock").endsWith("Monday afternoon");
        assertThat(daylist.get("period").asText()).isEqualTo("2026-11-23/afternoon");
        HttpResponse<String> m3u = h.send("GET", daylist.at("/exports/m3u8").asText(), u0, null);
        assertThat(m3u.statusCode()).as(m3u.body()).isEqualTo(200);
    }

    @Test
    void blendsNeedAFollowUnlessAdminAndScoreTheMatch() throws Exception {
        JsonNode same = ok("GET", "/api/v1/blends?users=u0,u3", u0, null, 200);
        assertThat(same.get("members").toString()).isEqualTo("[\"u0\",\"u3\"]");
        assertThat(same.at("/playlist/items").size()).isEqualTo(30);
        JsonNode different = ok("GET", "/api/v1/blends?users=u0,u1", h.admin, null, 200);
        assertThat(same.get("tasteMatch").asInt()).isGreaterThan(different.get("tasteMatch").asInt() + 30);
        assertThat(problem("GET", "/api/v1/blends?users=u0,u1", u0, null, 403).get("detail").asText()).contains("follow [u1] first");
        assertThat(problem("GET", "/api/v1/blends?users=u1,u3", u0, null, 403).get("detail").asText()).contains("include themselves");
        assertThat(problem("GET", "/api/v1/blends?users=u0", u0, null, 422).get("detail").asText()).contains("2 to 10 distinct listeners");
        assertThat(problem("GET", "/api/v1/blends", u0, null, 422).get("detail").asText()).contains("users=u1,u2");
    }

    @Test
    void onboardingGivesANewListenerDiscoveryRadioAndHomeAtOnce() throws Exception {
        String path = "/api/v1/users/newbie/onboarding";
        assertThat(problem("POST", path, newbie, "{\"artists\":[\"a1-0\"],\"genres\":[\"jazz\"]}", 422).get("detail").asText())
                .contains("pick at least 3 artists or genres in total, got 2");
        assertThat(problem("POST", path, newbie, "{\"artists\":[\"a1-0\",\"zz\"],\"genres\":[\"jazz\"]}", 422).get("detail").asText())
                .contains("unknown artist ids [zz]");
        assertThat(problem("POST", path, newbie, "{\"artists\":\"a1-0\"}", 422).get("detail").asText()).contains("must be an array");
        assertThat(problem("POST", path, h.u1, "{\"artists\":[\"a1-0\",\"a1-1\"],\"genres\":[\"jazz\"]}", 403).get("detail").asText()).contains("newbie");
        JsonNode r = ok("POST", path, newbie, "{\"artists\":[\"a1-0\",\"a1-1\"],\"genres\":[\"jazz\"]}", 201);
        JsonNode items = r.at("/discovery/items");
        assertThat(items.size()).isEqualTo(30);
        items.forEach(i -> assertThat(i.get("reason").asText()).isNotBlank());
        assertThat(ids(items).stream().filter(id -> id.startsWith("t1-")).count()).isGreaterThanOrEqualTo(12);
        assertThat(r.get("radio").toString()).isEqualTo("[\"artist:a1-0\",\"artist:a1-1\",\"tag:jazz\"]");
        JsonNode home = ok("GET", "/api/v1/users/newbie/home", newbie, null, 200);
        List<String> shelves = new ArrayList<>();
        home.get("shelves").forEach(s -> shelves.add(s.get("id").asText()));
        assertThat(shelves).contains("discovery-weekly", "radio");
        JsonNode radio = ok("POST", "/api/v1/radio", newbie, "{\"user\":\"newbie\",\"seed\":{\"type\":\"tag\",\"id\":\"jazz\"}}", 201);
        assertThat(radio.get("items").size()).isPositive();
    }

    @Test
    void tasteControlsTakeEffectAtOnceAndCanBeWithdrawn() throws Exception {
        JsonNode before = ok("GET", "/api/v1/users/u2/discovery-weekly", u2, null, 200);
        String track = before.at("/items/0/id").asText();
        String artist = "a" + track.substring(1, track.lastIndexOf('-'));
        JsonNode c = ok("POST", "/api/v1/users/u2/taste-controls", u2, "{\"action\":\"hide\",\"kind\":\"artist\",\"id\":\"" + artist + "\"}", 201);
        assertThat(c.get("hiddenArtists").toString()).contains(artist);
        JsonNode after = ok("GET", "/api/v1/users/u2/discovery-weekly", u2, null, 200);
        assertThat(ids(after.get("items"))).isNotEmpty().noneMatch(id -> id.startsWith("t" + artist.substring(1) + "-"));
        JsonNode home = ok("GET", "/api/v1/users/u2/home", u2, null, 200);
        home.get("shelves").forEach(s -> s.get("entries").forEach(e ->
                assertThat(e.get("id").asText()).doesNotStartWith("t" + artist.substring(1) + "-").isNotEqualTo("artist:" + artist)));
        JsonNode ctx = ok("POST", "/api/v1/users/u2/taste-controls", u2, "{\"action\":\"exclude\",\"kind\":\"context\",\"id\":\"Sleep\"}", 201);
        assertThat(ctx.get("excludedContexts").toString()).isEqualTo("[\"sleep\"]");
        assertThat(problem("POST", "/api/v1/users/u2/taste-controls", u2, "{\"action\":\"hide\",\"kind\":\"context\",\"id\":\"x\"}", 422)
                .get("detail").asText()).contains("use action hide with kind track or artist");
        JsonNode undone = ok("DELETE", "/api/v1/users/u2/taste-controls/hide/artist/" + artist, u2, null, 200);
        assertThat(undone.get("hiddenArtists").size()).isZero();
        assertThat(ids(ok("GET", "/api/v1/users/u2/discovery-weekly", u2, null, 200).get("items"))).isEqualTo(ids(before.get("items")));
    }

    @Test
    void theOpenApiDocumentListsTheEndpoints() throws Exception {
        JsonNode paths = ok("GET", "/api/v1/openapi.json", null, null, 200).get("paths");
        for (String p : List.of("/api/v1/users/{id}/home", "/api/v1/users/{id}/release-radar", "/api/v1/users/{id}/daylist", "/api/v1/blends",
                "/api/v1/users/{id}/onboarding", "/api/v1/users/{id}/taste-controls", "/api/v1/users/{id}/taste-controls/{action}/{kind}/{item}"))
            assertThat(paths.has(p)).as(p).isTrue();
    }

    @Test
    void anArtistHiddenDuringARadioSessionIsNeverPlayedAfterwards() throws Exception {
        JsonNode open = ok("POST", "/api/v1/radio", h.u1, "{\"user\":\"u1\",\"seed\":{\"type\":\"taste\"},\"n\":3}", 201);
        String track = open.at("/items/0/id").asText();
        String artist = "a" + track.substring(1, track.lastIndexOf('-'));
        JsonNode control = ok("POST", "/api/v1/radio", h.u1, "{\"user\":\"u1\",\"seed\":{\"type\":\"taste\"},\"n\":3}", 201);
        assertThat(ids(ok("GET", "/api/v1/radio/" + control.get("session").asText() + "/next?n=25", h.u1, null, 200).get("items")))
                .as("without the control the artist keeps coming").anyMatch(id -> id.startsWith("t" + artist.substring(1) + "-"));
        ok("POST", "/api/v1/users/u1/taste-controls", h.u1, "{\"action\":\"hide\",\"kind\":\"artist\",\"id\":\"" + artist + "\"}", 201);
        JsonNode next = ok("GET", "/api/v1/radio/" + open.get("session").asText() + "/next?n=25", h.u1, null, 200);
        assertThat(ids(next.get("items"))).hasSize(25).noneMatch(id -> id.startsWith("t" + artist.substring(1) + "-"));
        ok("DELETE", "/api/v1/users/u1/taste-controls/hide/artist/" + artist, h.u1, null, 200);
    }
}
