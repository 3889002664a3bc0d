package dev.encore.server.ui;

import dev.encore.server.ServerConfig;
import dev.encore.server.ServerTest;
import dev.encore.server.auth.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Session and access rules over plain HTTP, on a server NOT in demo mode. */
class UiAccessTest extends ServerTest {
    @TempDir static Path dir;

    @BeforeAll
    static void start() throws Exception {
        serve(ServerConfig.of(dir, UiWorld.build(dir, 3)).withModelPollSeconds(0));
    }

    /** The session cookie a browser signed in with {@code token} sends. */
    static String session(String token) {
        return UiSession.COOKIE + "=" + token;
    }

    @Test
    void sampleListenersCannotBeMintedOutsideDemoMode() throws Exception {
        HttpResponse<String> page = h.page("/ui/signin", null);
        assertThat(page.body()).doesNotContain("/ui/demo/signin").doesNotContain("sample listener");
        HttpResponse<String> r = h.form("/ui/demo/signin", null, "user=ana");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(r.body()).contains("encore demo");
    }

    @Test
    void signingInSetsAnHttpOnlyStrictCookieHoldingTheToken() throws Exception {
        String token = h.listener("ana");
        HttpResponse<String> r = h.form("/ui/signin", null, "token=" + token);
        assertThat(r.statusCode()).isEqualTo(303);
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith(UiSession.COOKIE + "=" + token).containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Strict").contains("Path=/ui");
        assertThat(h.page("/ui/u/ana", session(token)).statusCode()).isEqualTo(200);
        assertThat(h.page("/ui/u/ben", session(token)).statusCode()).isEqualTo(403);
    }

    @Test
    void unknownTokensAreRefusedWithAMessage() throws Exception {
        HttpResponse<String> r = h.form("/ui/signin", null, "token=enc_nope");
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).contains("not known to this server");
        assertThat(h.form("/ui/signin", null, "token=").statusCode()).isEqualTo(400);
    }

    @Test
    void anonymousRequestsAreSentToSignInAndHtmxGetsARedirectHeader() throws Exception {
        HttpResponse<String> page = h.page("/ui/operator", null);
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValue("/ui/signin");
        HttpResponse<String> htmx = h.http.send(HttpRequest.newBuilder(h.uri("/ui/u/ana/recent"))
                .header("HX-Request", "true").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(htmx.statusCode()).isEqualTo(401);
        assertThat(htmx.headers().firstValue("HX-Redirect")).hasValue("/ui/signin");
    }

    @Test
    void artistTokensCannotOpenListenerOrOperatorPages() throws Exception {
        String artist = h.token(Role.ARTIST, "a-neon");
        assertThat(h.page("/ui/u/ana", session(artist)).statusCode()).isEqualTo(403);
        assertThat(h.page("/ui/operator", session(artist)).statusCode()).isEqualTo(403);
    }

    @Test
    void shellAssetsAreServed() throws Exception {
        assertThat(h.page("/ui/vendor/htmx.min.js", null).body()).contains("htmx");
        assertThat(h.page("/ui/manifest.webmanifest", null).body()).contains("\"start_url\": \"/ui\"");
        assertThat(h.page("/ui/sw.js", null).body()).contains("/ui/offline");
        assertThat(h.page("/ui/offline", null).body()).contains("You are offline");
    }
}
