package dev.encore.server.artists;

import com.fasterxml.jackson.databind.JsonNode;
import dev.encore.core.domain.Artist;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.Track;
import dev.encore.core.domain.User;
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
import java.time.Instant;
import java.util.List;

import static dev.encore.server.Harness.json;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /api/v1/artists/{id}/stats} on a real server: figures, and who may read whose. */
class ArtistStatsApiTest extends ServerTest {
    @TempDir static Path dir;
    static String lumens, karo, listener;

    @BeforeAll
    static void start() throws Exception {
        Instant t = Instant.parse("2026-11-02T09:00:00Z");
        try (EncoreStore store = EncoreStore.open(dir)) {
            store.write(s -> {
                s.artist(new Artist("lumens", "The Lumens", List.of("indie"), "SE", "test"));
                s.artist(new Artist("karo", "Karo", List.of("jazz"), null, "test"));
                s.track(new Track("t1", "First Light", List.of("lumens"), null, 1, null, false, null, List.of(), null, "test"));
                s.track(new Track("t2", "Blue Note", List.of("karo"), null, 1, null, false, null, List.of(), null, "test"));
                s.user(new User("ana", "SE", null, null, "test"));
                s.user(new User("ben", "NO", null, null, "test"));
                s.listen(ListenEvent.play("ana", "t1", t, "test"));
                s.listen(ListenEvent.play("ana", "t1", t.plusSeconds(7 * 86400), "test"));
                s.listen(ListenEvent.play("ben", "t1", t.plusSeconds(7 * 86400), "test"));
                s.listen(ListenEvent.play("ben", "t2", t, "test"));
            });
        }
        serve(ServerConfig.of(dir, ModelSource.NONE).withModelPollSeconds(0));
        lumens = h.token(Role.ARTIST, "lumens");
        karo = h.token(Role.ARTIST, "karo");
        listener = h.listener("ana");
    }

    @Test
    void artistReadsOwnFigures() throws Exception {
        HttpResponse<String> r = h.get("/api/v1/artists/lumens/stats", lumens);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode b = json(r);
        assertThat(b.get("name").asText()).isEqualTo("The Lumens");
        assertThat(b.get("streams").asLong()).isEqualTo(3);
        assertThat(b.get("listeners").asLong()).isEqualTo(2);
        assertThat(b.at("/tracks/0/trackId").asText()).isEqualTo("t1");
        assertThat(b.at("/tracks/0/listeners").asLong()).isEqualTo(2);
        assertThat(b.get("weeks")).hasSize(2);
        assertThat(b.at("/weeks/0/start").asText()).isEqualTo("2026-11-02");
        assertThat(b.at("/weeks/1/listeners").asLong()).isEqualTo(2);
        assertThat(b.get("countries")).hasSize(2);
        assertThat(b.get("firstStream").asText()).isEqualTo("2026-11-02T09:00:00Z");
    }

    @Test
    void adminReadsAnyArtistAndUnknownArtistIs404() throws Exception {
        assertThat(json(h.get("/api/v1/artists/karo/stats", h.admin)).get("streams").asLong()).isEqualTo(1);
        assertThat(Harness.problem(h.get("/api/v1/artists/nobody/stats", h.admin), 404).get("detail").asText()).contains("no artist 'nobody'");
    }

    @Test
    void othersAreRefusedWithAReason() throws Exception {
        HttpResponse<String> other = h.get("/api/v1/artists/lumens/stats", karo);
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(json(other).get("detail").asText()).contains("for artist 'karo'").contains("cannot read artist 'lumens'");
        assertThat(json(h.get("/api/v1/artists/lumens/stats", listener)).get("detail").asText()).contains("listener token");
        assertThat(h.get("/api/v1/artists/lumens/stats", null).statusCode()).isEqualTo(401);
    }
}
