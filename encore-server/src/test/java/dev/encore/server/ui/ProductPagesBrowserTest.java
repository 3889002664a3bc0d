package dev.encore.server.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.encore.server.products.ProductWorld;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The product pages in a real headless Chromium against a server over {@link ProductWorld} (fixed clock, week 2026-W48). */
class ProductPagesBrowserTest extends BrowserPageTest {
    @TempDir static Path dir;
    static String u0;

    @BeforeAll
    static void start() throws Exception {
        serve(ProductWorld.serverConfig(dir, 11));
        u0 = h.listener("u0");
    }

    @Test
    void skipOnTheRadioPageChangesTheNextTracksAndRecordsASkip() {
        signIn(u0);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Radio")).click();
        assertThat(page).hasURL(url("/ui/u/u0/radio"));
        Locator titles = page.locator("#radio .queued a.title");
        assertThat(titles).hasCount(5);
        String first = titles.first().innerText();
        String skippedId = page.locator("#radio .queued button.skip-track").first().getAttribute("hx-post").replaceAll(".*/skip/", "");
        assertThat(page.locator("#radio .queued .reason").first()).containsText("radio from your taste");

        page.locator("#radio .queued button.skip-track").first().click();

        assertThat(titles.first()).not().hasText(first);
        assertThat(titles).hasCount(5);
        assertThat(page.locator("#radio .queued .reason").first()).containsText("tuned by your likes and skips");
        assertThat(h.store().history().recent("u0", 1).get(0).itemId()).isEqualTo(skippedId);
        assertThat(h.store().history().recent("u0", 1).get(0).skipped()).isTrue();
        page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("radio.png")).setFullPage(true));
    }

    @Test
    void yourYearShowsStoriesTheTopArtistChartAndTheListeningClock() {
        signIn(u0);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Your year")).click();
        assertThat(page).hasURL(url("/ui/u/u0/year/2026"));
        assertThat(page.locator("h1")).hasText("Your 2026 in music");
        assertThat(page.locator(".story").first()).containsText("Minutes listened");
        assertThat(page.locator(".story", new Page.LocatorOptions().setHasText("Top artist"))).containsText("Artist rock");
        assertThat(page.locator("#artists-chart")).hasAttribute("data-drawn", "true");
        assertThat(page.locator("table.heat tbody tr")).hasCount(7);
        page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("year.png")).setFullPage(true));
    }

    @Test
    void discoverWeeklyAndDailyMixesShowTracksWithTheirReasons() {
        signIn(h.u1);
        page.navigate(url("/ui/u/u1/discover"));
        assertThat(page.locator("h1")).hasText("Discovery Weekly");
        Locator tiles = page.locator("#discover .tile");
        assertThat(tiles.first()).isVisible();
        tiles.first().locator("details.why summary").click();
        assertThat(tiles.first().locator("details.why p")).not().isEmpty();
        assertThat(page.locator(".exports a")).hasCount(3);   // JSPF, XSPF and M3U8 downloads of this edition
        assertThat(page.locator(".exports a").first()).hasAttribute("href", java.util.regex.Pattern.compile("^/ui/u/u1/playlists/.+\\.jspf$"));
        page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("discover.png")).setFullPage(true));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mixes")).click();
        Locator mix = page.locator(".mix").first();
        assertThat(mix.locator(".cover")).isVisible();
        assertThat(mix.locator("h2")).not().isEmpty();
        mix.locator("summary").click();
        assertThat(mix.locator(".tracks .reason").first()).not().isEmpty();
        page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("mixes.png")).setFullPage(true));
    }

    @Test
    void anonymousVisitorsSignInFirstAndAnotherListenersRadioIsForbidden() {
        page.navigate(url("/ui/u/u0/year/2026"));
        assertThat(page).hasURL(url("/ui/signin"));
        signIn(h.u1);
        com.microsoft.playwright.Response r = page.navigate(url("/ui/u/u0/radio"));
        assertThat(r.status()).isEqualTo(403);
        assertThat(page.locator("h1")).hasText("This page is not yours");
    }
}
