package dev.encore.server.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import dev.encore.server.ServerConfig;
import dev.encore.server.auth.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Locale;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The artist/label console in headless Chromium: an artist's own figures, the admin's artist picker, who is refused. */
class ConsoleBrowserTest extends BrowserPageTest {
    @TempDir static Path dir;
    static String artist, listener;

    @BeforeAll
    static void start() throws Exception {
        UiWorld.Models models = UiWorld.build(dir, 7);
        listenersOverWeeks(dir, 8, 11);
        serve(ServerConfig.of(dir, models).withModelPollSeconds(0));
        artist = h.token(Role.ARTIST, "a-static");
        listener = h.listener("ana");
    }

    /** Fans from a few countries play The Velvet Static over {@code weeks} weeks after the world's first day (seeded). */
    static void listenersOverWeeks(Path dir, int weeks, long seed) {
        java.util.Random rnd = new java.util.Random(seed);
        java.time.Instant start = java.time.Instant.parse("2026-11-02T12:00:00Z");
        String[] countries = {"NO", "DE", "DE", "US", "FI", "NO", "DE", "JP"};
        try (dev.encore.store.EncoreStore store = dev.encore.store.EncoreStore.open(dir)) {
            store.write(sink -> {
                for (int f = 0; f < countries.length; f++)
                    sink.user(new dev.encore.core.domain.User("fan-" + f, countries[f], start, "UTC", "test"));
                for (int w = 0; w < weeks; w++)
                    for (int f = 0; f < countries.length; f++)
                        if (rnd.nextInt(weeks) <= w)   // more fans tune in as the weeks go by
                            sink.listen(dev.encore.core.domain.ListenEvent.play("fan-" + f, UiWorld.trackId(0, rnd.nextInt(UiWorld.TRACKS)),
                                    start.plusSeconds(w * 7L * 86400 + rnd.nextInt(6 * 86400)), "test"));
            });
        }
    }

    @Test
    void artistSeesTheirTracksListenersOverTimeAndCountries() throws Exception {
        Page page = signedIn(artist, 1280, 900);
        assertThat(page).hasURL(url("/ui/console"));   // signing in lands artists on their console
        assertThat(page.locator("h1")).hasText("The Velvet Static");
        assertThat(page.locator("#tracks-table tbody tr")).hasCount(UiWorld.TRACKS);
        assertThat(page.locator("#weekly-chart[data-drawn=true]")).isVisible();
        assertThat(page.locator("#countries li").first()).containsText("SE");   // the world's 12 rock listeners
        assertThat(page.locator("#countries")).containsText("DE");
        assertThat(page.locator("#weekly-table tbody tr")).hasCount(9);       // the world's week, then 8 more
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.LINK, new Page.GetByRoleOptions().setName("Promotion campaigns")))
                .hasAttribute("href", "/ui/console/campaigns");

        // the page shows the same figures as the JSON API
        JsonNode api = new ObjectMapper().readTree(page.request().get(url("/api/v1/artists/a-static/stats"),
                RequestOptions.create().setHeader("Authorization", "Bearer " + artist)).text());
        assertThat(api.get("streams").asLong()).isPositive();
        assertThat(page.locator("#figures div").first()).containsText(String.format(Locale.ROOT, "%,d", api.get("streams").asLong()));
        assertThat(page.locator("#tracks-table tbody tr").first().locator("td").first())
                .hasText(String.format(Locale.ROOT, "%,d", api.at("/tracks/0/streams").asLong()));
        A11y.check(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("console.png")).setFullPage(true));

        page.getByRole(com.microsoft.playwright.options.AriaRole.LINK, new Page.GetByRoleOptions().setName("Promotion campaigns")).click();
        assertThat(page).hasURL(url("/ui/console/campaigns"));   // the campaigns console answers for this artist
        assertThat(page.locator("h1")).isVisible();
    }

    @Test
    void artistIsRefusedAnotherArtistsConsole() {
        Page page = signedIn(artist, 1280, 900);
        assertThat(page.navigate(url("/ui/console?artist=a-harbor")).status()).isEqualTo(403);
        assertThat(page.locator("main")).containsText("cannot read artist 'a-harbor'");
    }

    @Test
    void adminPicksAnArtistFromTheMostStreamed() {
        Page page = signedIn(h.admin, 1280, 900);
        page.navigate(url("/ui/console"));
        assertThat(page.locator("#pick-title")).isVisible();
        String name = page.locator(".chips a").first().innerText();
        page.locator(".chips a").first().click();
        assertThat(page.locator("h1")).hasText(name);
        assertThat(page.locator("#weekly-chart[data-drawn=true]")).isVisible();
        page.getByLabel("Artist id").fill("nobody-here");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open console")).click();
        assertThat(page.locator(".notice")).hasText("No artist with id 'nobody-here' is in the catalog.");
    }

    @Test
    void theAccessibilityChecksCatchWhatTheyLookFor() {
        Page page = signedIn(artist, 375, 812);
        page.navigate(url("/ui/console"));
        page.evaluate("() => { const b = document.createElement('button'); b.id = 'planted'; document.querySelector('main').append(b);"
                + " const d = document.createElement('div'); d.style.width = '600px'; d.textContent = 'wide'; document.querySelector('main').append(d);"
                + " const p = document.createElement('p'); p.textContent = 'faint'; p.style.color = '#333'; document.querySelector('main').append(p); }");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> A11y.check(page))).hasMessageContaining("button id=\"planted\"");
        page.evaluate("() => document.getElementById('planted').setAttribute('aria-label', 'planted')");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> A11y.check(page))).hasMessageContaining("\"faint\"");
        page.evaluate("() => [...document.querySelectorAll('main p')].pop().style.color = '#fff'");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> A11y.check(page))).hasMessageContaining("right=");
    }

    @Test
    void listenersAreRefused() {
        Page page = signedIn(listener, 1280, 900);
        assertThat(page.navigate(url("/ui/console")).status()).isEqualTo(403);
        assertThat(page.locator("h1")).hasText("Artists and labels only");
    }

    @Test
    void consoleFitsAPhoneAndPassesTheAccessibilityChecks() {
        Page page = signedIn(artist, 375, 812);
        page.navigate(url("/ui/console"));
        assertThat(page.locator("#weekly-chart[data-drawn=true]")).isVisible();
        A11y.check(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("console-phone.png")).setFullPage(true));
    }
}
