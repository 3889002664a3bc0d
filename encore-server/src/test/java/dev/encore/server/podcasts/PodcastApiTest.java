package dev.encore.server.podcasts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.encore.core.domain.Episode;
import dev.encore.core.domain.Follow;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.Show;
import dev.encore.server.Harness;
import dev.encore.server.ServerTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static dev.encore.server.Harness.ids;
import static dev.encore.server.Harness.json;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /api/v1/users/{id}/podcasts} and {@code /ui/podcasts} on a real server over a small podcast world. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PodcastApiTest extends ServerTest {
    static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    @TempDir static Path dir;
    private String u2;

    @BeforeAll
    void start() throws Exception {
        serve(Harness.noModelAt(dir, NOW));
        u2 = h.listener("u2");
        h.store().write(s -> {
            s.show(new Show("owls", "Night Owls", "Owl Radio", "owls and nocturnal birds", List.of("nature"), "rss"));
            s.show(new Show("birds", "Bird Calls", "Field", "birdsong of owls and thrushes", List.of("nature"), "rss"));
            s.show(new Show("code", "Code Review", "Dev", "java compilers", List.of("technology"), "rss"));
            for (String show : List.of("owls", "birds", "code")) {
                for (int i = 1; i <= 3; i++) {
                    s.episode(new Episode(show + i, show, show + " episode " + i, show + " notes " + i, 40 * 60_000,
                            LocalDate.of(2026, 3, 2 + 3 * i), "rss")); // Mar 5, 8, 11 (the last is in the future)
                }
            }
            s.track(new dev.encore.core.domain.Track("t1", "A song", List.of("a1"), null, 200_000, null, false, null, List.of(), null, "t"));
            s.listen(ep("u1", "owls1", "2026-03-06T08:00:00Z", 15 * 60_000));
            s.listen(ListenEvent.play("u1", "t1", Instant.parse("2026-03-07T09:00:00Z"), "t"));
            s.listen(ep("u2", "owls1", "2026-03-01T08:00:00Z", 40 * 60_000));
            s.listen(ep("u2", "code1", "2026-03-01T09:00:00Z", 40 * 60_000));
            s.follow(new Follow("u1", ItemKind.SHOW, "birds"));
        });
    }

    private static ListenEvent ep(String user, String id, String at, long ms) {
        return new ListenEvent(user, ItemKind.EPISODE, id, Instant.parse(at), ms, null, null, null, null, false, false, false, null, "t");
    }

    @Test
    void shelvesResumeNotifyAndRecommendWithReasons() throws Exception {
        HttpResponse<String> r = h.get("/api/v1/users/u1/podcasts", h.u1);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode body = json(r);
        assertThat(body.path("lastVisit").asText()).isEqualTo("2026-03-07T09:00:00Z");

        JsonNode resume = body.path("continueListening");
        assertThat(ids(resume)).containsExactly("owls1");
        assertThat(resume.get(0).path("positionMs").asLong()).isEqualTo(900_000);
        assertThat(resume.get(0).path("durationMs").asLong()).isEqualTo(2_400_000);
        assertThat(resume.get(0).path("reason").asText()).isEqualTo("you stopped at 15:00 of 40:00");

        // released on or after Mar 7 and not after today (Mar 10): episode 2 (Mar 8) of the played and the followed show
        assertThat(ids(body.path("newEpisodes"))).containsExactlyInAnyOrder("owls2", "birds2");
        // co-listening: u2 played owls and code
        assertThat(ids(body.path("recommendedShows"))).containsExactly("code");
        assertThat(body.path("recommendedShows").get(0).path("reason").asText()).isEqualTo("listeners of Night Owls also play this");
        assertThat(r.body()).doesNotContain("\"t1\"");
    }

    @Test
    void sinceOverridesTheLastVisitAndBadValuesAreProblems() throws Exception {
        JsonNode body = json(h.get("/api/v1/users/u1/podcasts?since=2026-03-01T00:00:00Z", h.u1));
        assertThat(ids(body.path("newEpisodes"))).containsExactlyInAnyOrder("owls2", "birds2", "birds1");

        HttpResponse<String> bad = h.get("/api/v1/users/u1/podcasts?since=yesterday", h.u1);
        Harness.problem(bad, 422);
        assertThat(bad.body()).contains("since 'yesterday' is not an ISO-8601 UTC instant");
        assertThat(h.get("/api/v1/users/u1/podcasts?k=0", h.u1).statusCode()).isEqualTo(422);
    }

    @Test
    void listenersSeeOnlyTheirOwnAndAnonymousCallersNone() throws Exception {
        assertThat(h.get("/api/v1/users/u1/podcasts", u2).statusCode()).isEqualTo(403);
        assertThat(h.get("/api/v1/users/u1/podcasts", null).statusCode()).isEqualTo(401);
        assertThat(h.get("/api/v1/users/u1/podcasts", h.admin).statusCode()).isEqualTo(200);
    }

    @Test
    void pageShowsTheShelvesOfTheSignedInListener() throws Exception {
        HttpResponse<String> r = h.page("/ui/podcasts", PodcastPage.COOKIE + "=" + h.u1);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Continue listening", "you stopped at 15:00 of 40:00", "owls episode 2",
                "listeners of Night Owls also play this", "<progress");
        assertThat(h.get("/ui/podcasts", null).statusCode()).isEqualTo(302);
        assertThat(h.page("/ui/podcasts?user=u2", PodcastPage.COOKIE + "=" + h.u1).statusCode()).isEqualTo(403);
    }

    @Test
    void homeShelfPutsEpisodesToContinueFirstThenNewOnes() {
        var shelf = new PodcastHomeShelf(new PodcastService(h.store(), Clock.fixed(NOW, ZoneOffset.UTC), java.time.Duration.ZERO));
        var built = shelf.build(new dev.encore.products.home.HomeRequest("u1", ZoneOffset.UTC, NOW)).orElseThrow();
        assertThat(built.position()).isEqualTo(dev.encore.products.home.HomeShelf.PODCASTS);
        assertThat(built.entries()).extracting(dev.encore.products.home.ShelfEntry::id).startsWith("owls1").contains("owls2", "birds2", "code");
        assertThat(built.subtitle()).isEqualTo("2 new episodes from your shows");
        assertThat(shelf.build(new dev.encore.products.home.HomeRequest("nobody", ZoneOffset.UTC, NOW))).get()
                .satisfies(x -> assertThat(x.entries()).extracting(dev.encore.products.home.ShelfEntry::kind).containsOnly("show"));
    }
}
