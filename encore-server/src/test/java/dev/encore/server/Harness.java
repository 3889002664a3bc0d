package dev.encore.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.encore.server.auth.Role;
import dev.encore.server.serving.DirectoryModelSource;
import dev.encore.server.serving.ModelSource;
import dev.encore.store.EncoreStore;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real server on a random port over a temp data dir, tokens for each role, and HTTP helpers: what every API and
 * browser test of the server starts from. The HTTP client never follows redirects, so tests see them.
 */
public final class Harness implements AutoCloseable {
    public static final ObjectMapper JSON = new ObjectMapper();
    public final EncoreServer server;
    public final HttpClient http = HttpClient.newHttpClient();
    public final String admin, u1, u4, artist;

    public Harness(ServerConfig cfg) throws IOException {
        server = EncoreServer.create(cfg).start(0);
        admin = server.tokens().create(Role.ADMIN, null).token();
        u1 = server.tokens().create(Role.LISTENER, "u1").token();
        u4 = server.tokens().create(Role.LISTENER, "u4").token();
        artist = server.tokens().create(Role.ARTIST, "artist-1").token();
    }

    /** Serving {@code models} with the clock standing still at {@code now} (product tests), model polling off. */
    public static ServerConfig at(Path dir, ModelSource models, Instant now) {
        return ServerConfig.of(dir, models).withModelPollSeconds(0).withClock(Clock.fixed(now, ZoneOffset.UTC));
    }

    /**
     * An empty model directory and the clock standing still at {@code now} (podcast, editorial tests): ready without a
     * model, catalog names never cached, model polling off.
     */
    public static ServerConfig noModelAt(Path dir, Instant now) {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        var models = new DirectoryModelSource(dir.resolve("models"), DirectoryModelSource.bundles(clock), JSON);
        return ServerConfig.of(dir, models).withRequireModel(false).withModelPollSeconds(0).withCatalogCacheMillis(0).withClock(clock);
    }

    /** A new token for {@code user} (null for admins). */
    public String token(Role role, String user) throws IOException {
        return server.tokens().create(role, user).token();
    }

    public String listener(String user) throws IOException {
        return token(Role.LISTENER, user);
    }

    public EncoreStore store() {
        return server.store();
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + server.port() + path);
    }

    /** Any method with a bearer token (none if null) and, when there is a body, a JSON one. */
    public HttpResponse<String> send(String method, String path, String token, String body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) b.header("Content-Type", "application/json");
        if (token != null) b.header("Authorization", bearer(token));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return send("GET", path, token, null);
    }

    /** A JSON POST with the whole Authorization header (none if null): {@code bearer(t)}, or ListenBrainz's {@code Token t}. */
    public HttpResponse<String> post(String path, String authorization, String body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) b.header("Authorization", authorization);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A web-UI page as a browser asks for it: {@code cookie} is the session cookie {@code name=token} (none if null). */
    public HttpResponse<String> page(String path, String cookie) throws IOException, InterruptedException {
        return http.send(withCookie(HttpRequest.newBuilder(uri(path)).GET(), cookie).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A web-UI form posted with the session cookie {@code name=token} (none if null). */
    public HttpResponse<String> form(String path, String cookie, String form) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        return http.send(withCookie(b, cookie).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder withCookie(HttpRequest.Builder b, String cookie) {
        return cookie == null ? b : b.header("Cookie", cookie);
    }

    public static JsonNode json(HttpResponse<String> r) throws IOException {
        return JSON.readTree(r.body());
    }

    /**
     * Asserts {@code r} is an {@code application/problem+json} answer with {@code status} whose {@code detail} says
     * something; returns the problem.
     */
    public static JsonNode problem(HttpResponse<String> r, int status) throws IOException {
        assertThat(r.statusCode()).as(describe(r)).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = json(r);
        assertThat(problem.path("detail").asText()).as(describe(r)).isNotBlank();
        return problem;
    }

    /** Asserts nothing itself: the status, content type and body of a response, for assertion messages. */
    public static String describe(HttpResponse<String> r) {
        return r.statusCode() + " " + r.headers().firstValue("Content-Type").orElse("-") + " " + r.body();
    }

    /** The {@code id} of each element of a JSON array, in order. */
    public static List<String> ids(JsonNode items) {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(i.path("id").asText()));
        return out;
    }

    /** The ids of a response's {@code items}, in order. */
    public static List<String> itemIds(JsonNode body) {
        return ids(body.get("items"));
    }

    /** The Authorization header for {@code token}; none (null) for no token. */
    public static String bearer(String token) {
        return token == null ? null : "Bearer " + token;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
