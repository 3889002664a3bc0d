package dev.encore.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.encore.server.auth.Role;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

/** A real server on a random port over a temp data dir, tokens for each role, and HTTP helpers. */
final class Harness implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    final EncoreServer server;
    final HttpClient http = HttpClient.newHttpClient();
    final String admin, u1, u4, artist;

    Harness(ServerConfig cfg) throws IOException {
        server = EncoreServer.create(cfg).start(0);
        admin = server.tokens().create(Role.ADMIN, null).token();
        u1 = server.tokens().create(Role.LISTENER, "u1").token();
        u4 = server.tokens().create(Role.LISTENER, "u4").token();
        artist = server.tokens().create(Role.ARTIST, "artist-1").token();
    }

    static Harness withModel(Path dir, MemoryModelSource models) throws IOException {
        return new Harness(ServerConfig.of(dir, models));
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + server.port() + path);
    }

    HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).GET();
        if (token != null) b.header("Authorization", "Bearer " + token);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String authorization, String body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) b.header("Authorization", authorization);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> r) throws IOException {
        return JSON.readTree(r.body());
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
