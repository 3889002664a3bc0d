package dev.encore.server.ui;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.encore.server.EncoreServer;
import dev.encore.server.ServerConfig;
import dev.encore.server.auth.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the listener, console and operator UI, at a 375 px phone width and at desktop width: no horizontal
 * scroll, named controls, landmarks, AA contrast ({@link A11y}); and keyboard users reach the skip link first and
 * see where focus is.
 */
class AccessibilityBrowserTest {
    @TempDir static Path dir;
    static EncoreServer server;
    static Playwright pw;
    static Browser browser;
    static Map<String, String> tokens;

    @BeforeAll
    static void start() throws Exception {
        Chromium.executable();
        server = EncoreServer.create(ServerConfig.of(dir, UiWorld.build(dir, 7)).withModelPollSeconds(0).withDemo(true)).start(0);
        tokens = Map.of("listener", server.tokens().create(Role.LISTENER, "ana").token(),
                "artist", server.tokens().create(Role.ARTIST, "a-harbor").token(),
                "admin", server.tokens().create(Role.ADMIN, null).token());
        pw = Chromium.playwright();
        browser = Chromium.launch(pw);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.close();
        if (pw != null) pw.close();
        if (server != null) server.close();
    }

    @ParameterizedTest(name = "{1} as {0} at {2} px")
    @CsvSource({
            "-, /ui/signin, 375", "-, /ui/signin, 1280",
            "listener, /ui/u/ana, 375", "listener, /ui/u/ana, 1280",
            "listener, /ui/track/t-static-0, 375", "listener, /ui/artist/a-harbor, 375",
            "listener, /ui/u/ben, 375",   // the 403 page
            "artist, /ui/console, 375", "artist, /ui/console, 1280",
            "admin, /ui/console, 375", "admin, /ui/operator, 375", "admin, /ui/operator, 1280"})
    void pagePassesTheChecks(String role, String path, int width) {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 800))) {
            context.setDefaultTimeout(10_000);
            Page page = context.newPage();
            String base = "http://localhost:" + server.port();
            if (!role.equals("-")) {
                page.navigate(base + "/ui/signin");
                page.getByLabel("API token").fill(tokens.get(role));
                page.locator("form.panel button[type=submit]").click();
                page.waitForURL(u -> !u.endsWith("/ui/signin"));
            }
            page.navigate(base + path);
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
            A11y.check(page);

            page.keyboard().press("Tab");   // the first stop is the skip link, and focus is drawn
            assertThat(page.locator("a.skip")).isFocused();
            Object outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle");
            assertThat(outline).isNotEqualTo("none");
            page.keyboard().press("Enter");
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*#main$"));
        }
    }
}
