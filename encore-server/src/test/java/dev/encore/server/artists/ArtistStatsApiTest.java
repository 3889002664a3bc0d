package dev.encore.server.artists;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.encore.core.domain.Artist;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.Track;
import dev.encore.core.domain.User;
import dev.encore.server.EncoreServer;
import dev.encore.server.ServerConfig;
import dev.encore.server.auth.Role;
import dev.encore.server.serving.ModelSource;
import dev.encore.store.EncoreStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /api/v1/artists/{id}/stats} on a real server: figures, and who may read whose. */
class ArtistStatsApiTest {
    @TempDir static Path dir;
    static EncoreServer server;
    static String admin, lumens, karo, listener;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

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
        server = EncoreServer.create(ServerConfig.of(dir, ModelSource.NONE).withModelPollSeconds(0)).start(0);
        admin = server.tokens().create(Role.ADMIN, null).token();
        lumens = server.tokens().create(Role.ARTIST, "lumens").token();
        karo = server.tokens().create(Role.ARTIST, "karo").token();
        listener = server.tokens().create(Role.LISTENER, "ana").token();
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) server.close();
    }

    static HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void artistReadsOwnFigures() throws Exception {
        HttpResponse<String> r = get("/api/v1/artists/lumens/stats", lumens);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode b = JSON.readTree(r.body());
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
        assertThat(JSON.readTree(get("/api/v1/artists/karo/stats", admin).body()).get("streams").asLong()).isEqualTo(1);
        HttpResponse<String> missing = get("/api/v1/artists/nobody/stats", admin);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(JSON.readTree(missing.body()).get("detail").asText()).contains("no artist 'nobody'");
    }

    @Test
    void othersAreRefusedWithAReason() throws Exception {
        HttpResponse<String> other = get("/api/v1/artists/lumens/stats", karo);
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(other.body()).get("detail").asText()).contains("for artist 'karo'").contains("cannot read artist 'lumens'");
        assertThat(JSON.readTree(get("/api/v1/artists/lumens/stats", listener).body()).get("detail").asText()).contains("listener token");
        assertThat(get("/api/v1/artists/lumens/stats", null).statusCode()).isEqualTo(401);
    }
}
