package dev.encore.server.ui;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import dev.encore.server.ServerConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The web UI in a real headless Chromium against a demo-mode server on a random port over {@link UiWorld}. */
class BrowserUiTest extends BrowserPageTest {
    @TempDir static Path dir;
    static String ana, ben;

    @BeforeAll
    static void start() throws Exception {
        UiWorld.Models models = UiWorld.build(dir, 7);
        serve(ServerConfig.of(dir, models).withModelPollSeconds(0).withDemo(true));
        ana = h.listener("ana");
        ben = h.listener("ben");
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        page.navigate(url("/ui/u/ana"));
        assertThat(page).hasURL(url("/ui/signin"));
        page.keyboard().press("Tab");   // keyboard users first reach the skip link, then the page
        assertThat(page.locator("a.skip")).isFocused();
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Music that knows you");
        page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("signin.png")).setFullPage(true));
        Object worker = page.evaluate("() => Promise.race([navigator.serviceWorker.ready.then(r => r.active ? r.scope : 'inactive'),"
                + " new Promise(r => setTimeout(() => r('timeout'), 5000))])");
        assertThat(worker).isEqualTo(url("/ui/"));
    }

    @Test
    void signInWithTokenShowsHomeShelvesAndWhyThis() {
        signIn(ana);
        assertThat(page).hasURL(url("/ui/u/ana"));
        Locator recommended = page.locator("#recommended .tile");
        assertThat(recommended.first()).isVisible();
        assertThat(page.locator("#morelike h2")).containsText("More like ");
        // ana listens to rock only: her recommendations are the rock tracks she has not heard
        String firstArtist = recommended.first().locator(".artists").innerText();
        assertThat(firstArtist).isIn("The Velvet Static", "Harbor Lights");

        Locator why = recommended.first().locator("details.why");
        assertThat(why.locator("ul")).not().isVisible();
        why.locator("summary").click();
        assertThat(why.locator("ul li").first()).isVisible();
        assertThat(why).containsText("Because you played");
        page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("home.png")).setFullPage(true));
    }

    @Test
    void playRecordsAListenAndRecentlyPlayedUpdates() {
        signIn(ben);
        Locator firstRec = page.locator("#recommended .tile").first();
        String title = firstRec.locator("a.title").innerText();
        assertThat(page.locator("#recent .tile a.title").first()).not().hasText(title);
        long before = h.store().history().count();

        firstRec.locator("button.play").click();

        assertThat(page.locator("#recent .tile a.title").first()).hasText(title);
        assertThat(h.store().history().recent("ben", 1).get(0).itemId())
                .isEqualTo(page.locator("#recent .tile a.title").first().getAttribute("href").substring("/ui/track/".length()));
        assertThat(h.store().history().count()).isEqualTo(before + 1);
    }

    @Test
    void trackPageShowsSimilarTracksAndCanPlay() {
        signIn(ana);
        String href = page.locator("#recommended .tile a.title").first().getAttribute("href");
        page.navigate(url(href));
        assertThat(page.locator("p.kind")).hasText("Track");
        assertThat(page.locator("#similar .tile").first()).isVisible();
        page.locator("button.play.big").click();
        assertThat(page.locator("#played")).containsText("Played");
        page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("track.png")).setFullPage(true));

        page.locator(".detail .artists a").first().click();
        assertThat(page.locator("p.kind")).hasText("Artist");
        assertThat(page.locator("#tracks .tile")).hasCount(UiWorld.TRACKS);
    }

    @Test
    void demoSignInPicksASampleListenerAndSimulatesASession() {
        page.navigate(url("/ui/signin"));
        Locator samples = page.locator(".samples button");
        assertThat(samples).hasCount(DemoListeners.SAMPLES);
        Locator last = samples.last();   // the others are used by other tests, whose shelves this session would change
        String user = last.innerText().substring("Listen as ".length());
        assertThat(user).isNotIn("ana", "ben");
        last.click();
        assertThat(page).hasURL(url("/ui/u/" + user));
        int before = h.store().history().recent(user, 100).size();
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simulate a listening session")).click();
        page.waitForCondition(() -> h.store().history().recent(user, 100).size() > before);
        assertThat(page.locator("#recent .tile").first()).isVisible();
        assertThat(h.store().history().recent(user, 1).get(0).source()).isEqualTo("ui-simulator");
    }

    @Test
    void operatorPageListsVersionsAndRollsBack() {
        String listen = "{\"events\":[{\"type\":\"listen\",\"userId\":\"gus\",\"itemId\":\"" + UiWorld.trackId(1, 2)
                + "\",\"at\":\"2026-11-20T10:00:00Z\"}]}";
        assertThat(page.request().post(url("/api/v1/events"), com.microsoft.playwright.options.RequestOptions.create()
                .setHeader("Authorization", "Token " + h.admin).setHeader("Content-Type", "application/json").setData(listen)).status()).isEqualTo(200);
        signIn(h.admin);
        assertThat(page).hasURL(url("/ui/operator"));
        assertThat(page.locator("#ingest")).containsText("api · stored");
        assertThat(page.locator("#stats-chart[data-drawn=true]")).isVisible();
        assertThat(page.locator("#models-title")).isVisible();
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("v2")).locator(".badge")).hasText("serving");
        assertThat(page.locator("dl.stats").first()).containsText("tracks");
        page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("operator.png")).setFullPage(true));

        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Roll back to v1")).click();
        assertThat(page.locator(".notice")).hasText("Now serving v1");
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("v1")).locator(".badge")).hasText("serving");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Activate v2")).click();
        assertThat(page.locator(".notice")).hasText("Now serving v2");
    }

    @Test
    void listenerIsRefusedAnotherListenersPageAndTheOperatorPage() {
        signIn(ana);
        Response other = page.navigate(url("/ui/u/ben"));
        assertThat(other.status()).isEqualTo(403);
        assertThat(page.locator("h1")).hasText("This page is not yours");
        page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("forbidden.png")));
        assertThat(page.navigate(url("/ui/operator")).status()).isEqualTo(403);
        assertThat(page.request().post(url("/ui/u/ben/play/" + UiWorld.trackId(0, 0))).status()).isEqualTo(403);
    }

    @Test
    void homeFitsAPhoneScreen() {
        Page p = fresh(new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true).setHasTouch(true));
        signIn(ana);
        assertThat(p.locator("#recommended .tile").first()).isVisible();
        int scrollWidth = ((Number) p.evaluate("document.documentElement.scrollWidth")).intValue();
        assertThat(scrollWidth).isLessThanOrEqualTo(390);   // shelves scroll inside themselves, the page does not
        p.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("home-phone.png")));
    }
}
