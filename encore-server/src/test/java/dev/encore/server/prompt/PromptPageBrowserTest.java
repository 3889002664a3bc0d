package dev.encore.server.prompt;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.encore.server.products.ProductWorld;
import dev.encore.server.ui.BrowserPageTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The prompt page in Debian's headless Chromium: a prompt, then a follow-up, against {@link ProductWorld}. */
class PromptPageBrowserTest extends BrowserPageTest {
    @TempDir static Path dir;
    static String u0;

    @BeforeAll
    static void start() throws Exception {
        System.setProperty("encore.prompt.embeddings", "off");
        serve(ProductWorld.serverConfig(dir, 11));
        u0 = h.listener("u0");
    }

    @Test
    void aPromptAndAFollowUpShowTracksReasonsAndConstraintChips() {
        context.setDefaultTimeout(15_000);
        page.navigate(url("/ui/prompt"));
        assertThat(page).hasURL(url("/ui/signin"));   // sign in first
        signIn(u0);
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

    @Test
    void listenersCannotPromptForOthers() {
        signIn(u0);
        com.microsoft.playwright.Response r = page.navigate(url("/ui/prompt?user=u1"));
        org.assertj.core.api.Assertions.assertThat(r.status()).isEqualTo(403);
        assertThat(page.locator(".notice")).containsText("only make playlists for themselves");
    }
}
