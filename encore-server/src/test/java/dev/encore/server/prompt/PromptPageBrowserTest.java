package dev.encore.server.prompt;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import dev.encore.server.EncoreServer;
import dev.encore.server.ServerConfig;
import dev.encore.server.auth.Role;
import dev.encore.server.products.ProductWorld;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** The prompt page in Debian's headless Chromium: a prompt, then a follow-up, against {@link ProductWorld}. */
class PromptPageBrowserTest {
    @TempDir static Path dir;
    static EncoreServer server;
    static Playwright pw;
    static Browser browser;
    static String u0;

    @BeforeAll
    static void start() throws Exception {
        Path exe = Path.of(System.getenv().getOrDefault("ENCORE_CHROMIUM", "/usr/bin/chromium"));
        if (!Files.isExecutable(exe)) fail("browser tests need Chromium at " + exe + ": sudo apt-get install -y chromium (or set ENCORE_CHROMIUM)");
        System.setProperty("encore.prompt.embeddings", "off");
        server = EncoreServer.create(new ServerConfig(dir, ProductWorld.build(dir, 11), true, 10_000, 16L << 20, 2_000, 4_000, 500, 0, 60_000,
                null, 0, Clock.fixed(ProductWorld.NOW, ZoneOffset.UTC))).start(0);
        u0 = server.tokens().create(Role.LISTENER, "u0").token();
        pw = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = pw.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(exe).setHeadless(true).setArgs(List.of(
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.close();
        if (pw != null) pw.close();
        if (server != null) server.close();
    }

    static String url(String path) {
        return "http://localhost:" + server.port() + path;
    }

    @Test
    void aPromptAndAFollowUpShowTracksReasonsAndConstraintChips() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            context.setDefaultTimeout(15_000);
            Page page = context.newPage();
            page.navigate(url("/ui/prompt"));
            assertThat(page).hasURL(url("/ui/signin"));   // sign in first
            page.getByLabel("API token").fill(u0);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            page.navigate(url("/ui/prompt"));
            assertThat(page.locator("nav a[aria-current=page]")).hasText("Ask");   // the shared nav marks this page

            page.getByLabel("Describe your playlist").fill("rock and techno, nothing explicit, 10 songs");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make playlist")).click();
            assertThat(page.locator("#prompt-title")).containsText("Rock");
            Locator chips = page.locator(".chips .chip");
            assertThat(chips.filter(new Locator.FilterOptions().setHasText("tag: techno"))).hasCount(1);
            assertThat(chips.filter(new Locator.FilterOptions().setHasText("no explicit"))).hasCount(1);
            assertThat(page.locator(".prompt-tracks li")).hasCount(10);
            assertThat(page.locator(".prompt-tracks .reason").first()).containsText("tagged");
            assertThat(page.locator(".path")).containsText("turn 1");

            page.getByLabel("Follow up").fill("no more rock");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Refine")).click();
            assertThat(page.locator(".path")).containsText("turn 2");
            assertThat(chips.filter(new Locator.FilterOptions().setHasText("no rock"))).hasCount(1);
            assertThat(page.locator(".prompt-tracks li")).hasCount(10);
            assertThat(page.locator(".prompt-tracks .artists", new Page.LocatorOptions().setHasText("Artist rock"))).hasCount(0);
            assertThat(page.locator(".prompt-tracks .reason").first()).containsText("techno");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/prompt-page.png")).setFullPage(true));

            page.getByLabel("Follow up").fill("artist:(Nobody At All)");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Refine")).click();
            assertThat(page.locator("#prompt-result .notice")).containsText("no artist named 'Nobody At All'");
        }
    }

    @Test
    void listenersCannotPromptForOthers() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(url("/ui/signin"));
            page.getByLabel("API token").fill(u0);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            com.microsoft.playwright.Response r = page.navigate(url("/ui/prompt?user=u1"));
            org.assertj.core.api.Assertions.assertThat(r.status()).isEqualTo(403);
            assertThat(page.locator(".notice")).containsText("only make playlists for themselves");
        }
    }
}
