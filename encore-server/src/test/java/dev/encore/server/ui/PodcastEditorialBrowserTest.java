package dev.encore.server.ui;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.encore.core.domain.Episode;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.Show;
import dev.encore.core.domain.Track;
import dev.encore.server.Harness;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The podcast page and the editorial pool editor in a real headless Chromium. */
class PodcastEditorialBrowserTest extends BrowserPageTest {
    static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    @TempDir static Path dir;

    @BeforeAll
    static void start() throws Exception {
        serve(Harness.noModelAt(dir, NOW));
        h.store().write(s -> {
            s.show(new Show("owls", "Night Owls", "Owl Radio", "owls and nocturnal birds", List.of("nature"), "rss"));
            s.show(new Show("birds", "Bird Calls", "Field", "birdsong of owls and thrushes", List.of("nature"), "rss"));
            for (String show : List.of("owls", "birds"))
                for (int i = 1; i <= 3; i++)
                    s.episode(new Episode(show + i, show, (show.equals("owls") ? "Owl talk " : "Bird song ") + i, "owls at night " + i,
                            40 * 60_000, LocalDate.of(2026, 3, 2 + 3 * i), "rss"));
            s.listen(new ListenEvent("u1", ItemKind.EPISODE, "owls1", Instant.parse("2026-03-06T08:00:00Z"), 15 * 60_000,
                    null, null, null, null, false, false, false, null, "t"));
            for (int i = 0; i < 6; i++)
                s.track(new Track("t" + i, "Song " + i, List.of("a"), null, 200_000, null, false, null, List.of("indie"), null, "t"));
        });
    }

    @Test
    void podcastPageShowsWhereToResumeWhatIsNewAndWhy() {
        signIn(h.u1);
        page.navigate(url("/ui/podcasts"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Podcasts").setExact(true))).isVisible();
        var resume = page.locator("#continue");
        assertThat(resume).containsText("Owl talk 1");
        assertThat(resume.locator("progress")).hasAttribute("value", "38");
        resume.getByText("Why this?").click();
        assertThat(resume).containsText("you stopped at 15:00 of 40:00");
        assertThat(page.locator("#new-episodes")).containsText("Owl talk 2");
        assertThat(page.locator("#recommended-shows")).containsText("Bird Calls");
        page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("podcasts.png")).setFullPage(true));
        A11y.check(page);
        page.setViewportSize(390, 844);
        A11y.check(page);
    }

    @Test
    void editorCreatesAPoolAndSeesErrorsInline() {
        signIn(h.admin);
        page.navigate(url("/ui/operator/editorial"));
        page.getByLabel("Id", new Page.GetByLabelOptions().setExact(true)).fill("indie-now");
        page.getByLabel("Title").fill("Indie Now");
        page.getByLabel("Tracks per listener").fill("4");
        page.getByLabel("Share fixed by the editor (0–1)").fill("0.25");
        page.getByLabel("Candidates, in your order").fill("t0 @1\nt1\nt2\nt3\nt4\n");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save pool")).click();
        assertThat(page.locator("table.pools")).containsText("Indie Now");
        assertThat(page.getByLabel("Candidates, in your order")).hasValue("t0 @1\nt1\nt2\nt3\nt4\n");
        assertThat(page.locator("body")).containsText("Not shown to any listener yet.");
        page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("editorial.png")).setFullPage(true));
        A11y.check(page);
        page.setViewportSize(390, 844);
        A11y.check(page);
        page.setViewportSize(1280, 900);

        page.getByLabel("Candidates, in your order").fill("t0 @9\nghost\n");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save pool")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("pin 9 of 't0' must be a position from 1 to the size 4");
    }
}
