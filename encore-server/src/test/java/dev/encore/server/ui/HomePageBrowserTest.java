package dev.encore.server.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.encore.core.domain.Follow;
import dev.encore.core.domain.ItemKind;
import dev.encore.server.products.ProductWorld;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The home page (/ui/u/{user}/home) in a real headless Chromium over {@link ProductWorld} (Monday 2026-11-23, 13:00 in Stockholm). */
class HomePageBrowserTest extends BrowserPageTest {
    @TempDir static Path dir;
    static String u0, newbie;

    @BeforeAll
    static void start() throws Exception {
        serve(ProductWorld.serverConfig(dir, 11));
        u0 = h.listener("u0");
        newbie = h.listener("newbie");
        h.store().write(sink -> sink.follow(new Follow("u0", ItemKind.USER, "u3")));
    }

    @Test
    void homeShowsTheShelvesInOrderWithReasonsAndRadioCardsStartAStation() {
        page.navigate(url("/ui/u/u0/home"));
        assertThat(page).hasURL(url("/ui/signin"));
        signIn(u0);
        page.navigate(url("/ui/u/u0/home"));
        assertThat(page.locator("h1")).hasText("Your home");
        Locator shelves = page.locator("section.shelf");
        assertThat(shelves.first()).isVisible();
        @SuppressWarnings("unchecked")
        java.util.List<String> order = (java.util.List<String>) page.evaluate("Array.from(document.querySelectorAll('section.shelf')).map(s => s.id)");
        org.assertj.core.api.Assertions.assertThat(order).containsSubsequence("shelf-daylist", "shelf-daily-mixes", "shelf-discovery-weekly", "shelf-radio");
        assertThat(page.locator("#shelf-daylist")).containsText("Monday afternoon");
        assertThat(page.locator("#shelf-daily-mixes .tile").first()).isVisible();
        Locator discovery = page.locator("#shelf-discovery-weekly .tile").first();
        discovery.locator("details.why summary").click();
        assertThat(discovery.locator("details.why p")).not().isEmpty();
        page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("home-shelves.png")).setFullPage(true));

        Locator radio = page.locator("#shelf-radio .tile").first();
        assertThat(radio.locator(".reason")).containsText("lately");
        radio.locator("a.title").click();
        assertThat(page.locator("#radio .queued").first()).isVisible();
    }

    @Test
    void aBlendWithAFollowedListenerShowsTheMatchAndWhoseTasteEachTrackIs() {
        signIn(u0);
        page.navigate(url("/ui/u/u0/blend"));
        page.getByLabel("Blend with (listener ids, comma-separated)").fill("u3");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Blend")).click();
        assertThat(page.locator("h1")).hasText("Blend: u0 and u3");
        assertThat(page.locator(".match")).containsText("% taste match");
        Locator first = page.locator("#blend .tile").first();
        first.locator("details.why summary").click();
        assertThat(first.locator("details.why p")).containsText("u");
        page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("blend.png")).setFullPage(true));

        page.navigate(url("/ui/u/u0/blend?with=u1"));
        assertThat(page.locator("body")).containsText("follow [u1] first");
    }

    @Test
    void aNewListenerPicksGenresAndArtistsAndLandsOnAFilledHome() {
        signIn(newbie);
        page.navigate(url("/ui/u/newbie/home"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Pick a few artists and genres")).click();
        assertThat(page).hasURL(url("/ui/u/newbie/onboarding"));
        page.getByLabel("jazz", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Artist jazz 0").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start listening")).click();
        assertThat(page.locator(".notice")).containsText("pick at least 3 artists or genres in total, got 2");
        page.getByLabel("jazz", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Artist jazz 0").check();
        page.getByLabel("Artist jazz 1").check();
        page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("onboarding.png")).setFullPage(true));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start listening")).click();
        assertThat(page).hasURL(url("/ui/u/newbie/home"));
        assertThat(page.locator("#shelf-discovery-weekly .tile").first()).isVisible();
        assertThat(page.locator("#shelf-radio")).containsText("you picked");
        assertThat(page.locator(".invite")).hasCount(0);
    }
}
