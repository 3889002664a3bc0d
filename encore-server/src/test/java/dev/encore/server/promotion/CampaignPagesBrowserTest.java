package dev.encore.server.promotion;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import dev.encore.core.domain.Artist;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.Track;
import dev.encore.server.EncoreServer;
import dev.encore.server.ServerConfig;
import dev.encore.server.auth.Role;
import dev.encore.server.serving.ModelSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/** The campaign console in Debian's headless Chromium: create through the form, read eligibility and the lift chart, pause, refusals. */
class CampaignPagesBrowserTest {
    static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");
    @TempDir static Path dir;
    static EncoreServer server;
    static Playwright pw;
    static Browser browser;
    static String artistA, artistB, listener;
    BrowserContext context;

    @BeforeAll
    static void start() throws Exception {
        Path chromium = Path.of(System.getenv().getOrDefault("ENCORE_CHROMIUM", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium))
            fail("the browser test needs Chromium at " + chromium + ": sudo apt-get install -y chromium (or set ENCORE_CHROMIUM)");
        server = EncoreServer.create(new ServerConfig(dir, ModelSource.NONE, false, 10_000, 16L << 20, 2_000, 4_000, 500, 0, 0, null, 0,
                Clock.fixed(NOW, ZoneOffset.UTC), false)).start(0);
        artistA = server.tokens().create(Role.ARTIST, "A").token();
        artistB = server.tokens().create(Role.ARTIST, "B").token();
        listener = server.tokens().create(Role.LISTENER, "u1").token();
        LocalDate today = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
        server.store().write(s -> {
            s.artist(new Artist("A", "Artist A", List.of("indie"), null, "t"));
            s.track(new Track("a1", "Seasoned", List.of("A"), null, 200_000, today.minusDays(200), false, null, List.of(), null, "t"));
            s.track(new Track("a2", "Fresh", List.of("A"), null, 200_000, today.minusDays(5), false, null, List.of(), null, "t"));
            for (int i = 0; i < 60; i++) s.listen(ListenEvent.play("l" + i, "a1", NOW.minusSeconds(3600L * (i + 1)), "t"));
        });
        pw = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = pw.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(chromium).setHeadless(true).setArgs(List.of(
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.close();
        if (pw != null) pw.close();
        if (server != null) server.close();
    }

    @AfterEach
    void close() {
        if (context != null) context.close();
    }

    /** {@code docs/screenshots} of the repository (tests run in the module directory). */
    static Path screenshots() {
        Path d = Path.of("").toAbsolutePath();
        while (d != null && !Files.isDirectory(d.resolve("encore-server"))) d = d.getParent();
        if (d == null) throw new IllegalStateException("cannot find the repository root above " + Path.of("").toAbsolutePath());
        return d.resolve("docs/screenshots");
    }

    static String url(String path) {
        return "http://localhost:" + server.port() + path;
    }

    Page signedIn(String token) {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        context.setDefaultTimeout(10_000);
        Page page = context.newPage();
        page.navigate(url("/ui/signin"));
        page.getByLabel("API token").fill(token);
        page.locator("form.panel button[type=submit]").click();
        page.waitForURL(u -> !u.endsWith("/ui/signin"));
        return page;
    }

    @Test
    void anArtistCreatesACampaignReadsItsReportAndPausesIt() {
        Page page = signedIn(artistA);
        page.navigate(url("/ui/console/campaigns"));
        assertThat(page.locator("h1")).hasText("Promotion campaigns");
        page.getByLabel("Name").fill("Spring push");
        page.getByLabel("Track ids (comma or space separated)").fill("a1, a2");
        page.locator("#new-campaign button[type=submit]").click();
        page.waitForURL(u -> u.matches(".*/ui/console/campaigns/cmp-[0-9]+$"));
        assertThat(page.locator("h1")).hasText("Spring push");
        assertThat(page.locator("#campaign-status")).containsText("active");
        assertThat(page.locator("#eligibility tbody tr")).hasCount(2);
        assertThat(page.locator("#eligibility tbody tr").nth(0)).containsText("eligible");
        assertThat(page.locator("#eligibility tbody tr").nth(1)).containsText("released 5 days ago");
        assertThat(page.locator("#lift-chart[data-drawn=true]")).isVisible();
        assertThat(page.locator("#figures")).containsText("incremental streams");
        page.screenshot(new Page.ScreenshotOptions().setPath(screenshots().resolve("campaign-report.png")).setFullPage(true));
        String detail = page.url();

        page.locator("form[action$='/pause'] button").click();
        page.waitForURL(url("/ui/console/campaigns"));
        assertThat(page.locator("#campaigns tbody tr")).hasCount(1);
        assertThat(page.locator("#campaigns tbody tr")).containsText("paused");
        assertThat(page.locator("#campaigns tbody tr button")).hasText("Resume");

        // another artist neither lists nor opens it
        Page other = signedIn(artistB);
        other.navigate(url("/ui/console/campaigns"));
        assertThat(other.locator("#campaigns")).hasCount(0);
        Response r = other.navigate(detail);
        assertThat(r.status()).isEqualTo(404);
    }

    @Test
    void theFormExplainsWhatToFixAndListenersAreRefused() {
        Page page = signedIn(artistA);
        page.navigate(url("/ui/console/campaigns"));
        page.getByLabel("Name").fill("Not mine");
        page.getByLabel("Track ids (comma or space separated)").fill("ghost");
        page.locator("#new-campaign button[type=submit]").click();
        assertThat(page.locator("#form-error")).containsText("'ghost' is not in the catalog");

        Page l = signedIn(listener);
        Response r = l.navigate(url("/ui/console/campaigns"));
        assertThat(r.status()).isEqualTo(403);
        assertThat(l.locator("main")).containsText("Artists and labels only");
    }
}
