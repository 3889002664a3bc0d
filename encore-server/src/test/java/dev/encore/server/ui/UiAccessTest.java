package dev.encore.server.ui;

import dev.encore.server.EncoreServer;
import dev.encore.server.ServerConfig;
import dev.encore.server.auth.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Session and access rules over plain HTTP, on a server NOT in demo mode. */
class UiAccessTest {
    @TempDir static Path dir;
    static EncoreServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        server = EncoreServer.create(ServerConfig.of(dir, UiWorld.build(dir, 3)).withModelPollSeconds(0)).start(0);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static HttpResponse<String> send(String method, String path, String form, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .method(method, form == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(form))
                .header("Content-Type", "application/x-www-form-urlencoded");
        if (cookie != null) b.header("Cookie", UiSession.COOKIE + "=" + cookie);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void sampleListenersCannotBeMintedOutsideDemoMode() throws Exception {
        HttpResponse<String> page = send("GET", "/ui/signin", null, null);
        assertThat(page.body()).doesNotContain("/ui/demo/signin").doesNotContain("sample listener");
        HttpResponse<String> r = send("POST", "/ui/demo/signin", "user=ana", null);
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(r.body()).contains("encore demo");
    }

    @Test
    void signingInSetsAnHttpOnlyStrictCookieHoldingTheToken() throws Exception {
        String token = server.tokens().create(Role.LISTENER, "ana").token();
        HttpResponse<String> r = send("POST", "/ui/signin", "token=" + token, null);
        assertThat(r.statusCode()).isEqualTo(303);
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith(UiSession.COOKIE + "=" + token).containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Strict").contains("Path=/ui");
        assertThat(send("GET", "/ui/u/ana", null, token).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/ui/u/ben", null, token).statusCode()).isEqualTo(403);
    }

    @Test
    void unknownTokensAreRefusedWithAMessage() throws Exception {
        HttpResponse<String> r = send("POST", "/ui/signin", "token=enc_nope", null);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).contains("not known to this server");
        assertThat(send("POST", "/ui/signin", "token=", null).statusCode()).isEqualTo(400);
    }

    @Test
    void anonymousRequestsAreSentToSignInAndHtmxGetsARedirectHeader() throws Exception {
        HttpResponse<String> page = send("GET", "/ui/operator", null, null);
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValue("/ui/signin");
        HttpResponse<String> htmx = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/ui/u/ana/recent"))
                .header("HX-Request", "true").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(htmx.statusCode()).isEqualTo(401);
        assertThat(htmx.headers().firstValue("HX-Redirect")).hasValue("/ui/signin");
    }

    @Test
    void artistTokensCannotOpenListenerOrOperatorPages() throws Exception {
        String artist = server.tokens().create(Role.ARTIST, "a-neon").token();
        assertThat(send("GET", "/ui/u/ana", null, artist).statusCode()).isEqualTo(403);
        assertThat(send("GET", "/ui/operator", null, artist).statusCode()).isEqualTo(403);
    }

    @Test
    void shellAssetsAreServed() throws Exception {
        assertThat(send("GET", "/ui/vendor/htmx.min.js", null, null).body()).contains("htmx");
        assertThat(send("GET", "/ui/manifest.webmanifest", null, null).body()).contains("\"start_url\": \"/ui\"");
        assertThat(send("GET", "/ui/sw.js", null, null).body()).contains("/ui/offline");
        assertThat(send("GET", "/ui/offline", null, null).body()).contains("You are offline");
    }
}
