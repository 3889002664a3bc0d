package dev.encore.server.ui;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import dev.encore.server.ServerConfig;
import dev.encore.server.auth.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the listener, console and operator UI, at a 375 px phone width and at desktop width: no horizontal
 * scroll, named controls, landmarks, AA contrast ({@link A11y}); and keyboard users reach the skip link first and
 * see where focus is.
 */
class AccessibilityBrowserTest extends BrowserPageTest {
    @TempDir static Path dir;
    static Map<String, String> tokens;

    @BeforeAll
    static void start() throws Exception {
        serve(ServerConfig.of(dir, UiWorld.build(dir, 7)).withModelPollSeconds(0).withDemo(true));
        tokens = Map.of("listener", h.listener("ana"), "artist", h.token(Role.ARTIST, "a-harbor"), "admin", h.admin);
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
        Page page = role.equals("-") ? fresh(width, 800) : signedIn(tokens.get(role), width, 800);
        page.navigate(url(path));
        page.waitForLoadState(LoadState.NETWORKIDLE);
        A11y.check(page);

        page.keyboard().press("Tab");   // the first stop is the skip link, and focus is drawn
        assertThat(page.locator("a.skip")).isFocused();
        Object outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle");
        assertThat(outline).isNotEqualTo("none");
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*#main$"));
    }
}
