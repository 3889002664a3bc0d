package dev.encore.server.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.encore.server.EncoreServer;
import dev.encore.server.ServerConfig;
import dev.encore.server.auth.Role;
import dev.encore.server.serving.ModelSource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

/** A real server without a model on a random port, a token per role, and HTTP calls (catalog and social tests). */
public final class ApiClient implements AutoCloseable {
    public static final ObjectMapper JSON = new ObjectMapper();
    public final EncoreServer server;
    public final String admin, u1, u2, artist, otherArtist;
    private final HttpClient http = HttpClient.newHttpClient();

    public ApiClient(Path dataDir) throws IOException {
        server = EncoreServer.create(ServerConfig.of(dataDir, ModelSource.NONE)).start(0);
        admin = server.tokens().create(Role.ADMIN, null).token();
        u1 = server.tokens().create(Role.LISTENER, "u1").token();
        u2 = server.tokens().create(Role.LISTENER, "u2").token();
        artist = server.tokens().create(Role.ARTIST, "a-rh").token();
        otherArtist = server.tokens().create(Role.ARTIST, "a-bj").token();
    }

    public HttpResponse<String> send(String method, String path, String token, String body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) b.header("Content-Type", "application/json");
        if (token != null) b.header("Authorization", "Bearer " + token);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return send("GET", path, token, null);
    }

    public HttpResponse<String> post(String path, String token, String body) throws IOException, InterruptedException {
        return send("POST", path, token, body);
    }

    public HttpResponse<String> put(String path, String token, String body) throws IOException, InterruptedException {
        return send("PUT", path, token, body);
    }

    public static JsonNode json(HttpResponse<String> r) throws IOException {
        return JSON.readTree(r.body());
    }

    /** Asserts nothing itself: the status, content type and body of a problem response, for assertion messages. */
    public static String describe(HttpResponse<String> r) {
        return r.statusCode() + " " + r.headers().firstValue("Content-Type").orElse("-") + " " + r.body();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
