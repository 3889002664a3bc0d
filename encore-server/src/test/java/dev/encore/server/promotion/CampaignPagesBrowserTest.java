package dev.encore.server.promotion;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import dev.encore.server.auth.Role;
import dev.encore.server.ui.BrowserPageTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The campaign console in Debian's headless Chromium: create through the form, read eligibility and the lift chart, pause, refusals. */
class CampaignPagesBrowserTest extends BrowserPageTest {
    @TempDir static Path dir;
    static String artistA, artistB;

    /** The same server and catalog as {@link CampaignApiTest}. */
    @BeforeAll
    static void start() throws Exception {
        serve(CampaignApiTest.config(dir));
        artistA = h.token(Role.ARTIST, "A");
        artistB = h.token(Role.ARTIST, "B");
        CampaignApiTest.world(h.store());
    }

    @Test
    void anArtistCreatesACampaignReadsItsReportAndPausesIt() {
        signIn(artistA);
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
        page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("campaign-report.png")).setFullPage(true));
        String detail = page.url();

        page.locator("form[action$='/pause'] button").click();
        page.waitForURL(url("/ui/console/campaigns"));
        assertThat(page.locator("#campaigns tbody tr")).hasCount(1);
        assertThat(page.locator("#campaigns tbody tr")).containsText("paused");
        assertThat(page.locator("#campaigns tbody tr button")).hasText("Resume");

        // another artist neither lists nor opens it
        Page other = signedIn(artistB, 1280, 900);
        other.navigate(url("/ui/console/campaigns"));
        assertThat(other.locator("#campaigns")).hasCount(0);
        Response r = other.navigate(detail);
        assertThat(r.status()).isEqualTo(404);
    }

    @Test
    void theFormExplainsWhatToFixAndListenersAreRefused() {
        signIn(artistA);
        page.navigate(url("/ui/console/campaigns"));
        page.getByLabel("Name").fill("Not mine");
        page.getByLabel("Track ids (comma or space separated)").fill("ghost");
        page.locator("#new-campaign button[type=submit]").click();
        assertThat(page.locator("#form-error")).containsText("'ghost' is not in the catalog");

        Page l = signedIn(h.u1, 1280, 900);
        Response r = l.navigate(url("/ui/console/campaigns"));
        assertThat(r.status()).isEqualTo(403);
        assertThat(l.locator("main")).containsText("Artists and labels only");
    }
}
