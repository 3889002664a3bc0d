package dev.encore.server.ui;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import dev.encore.server.ServerConfig;
import dev.encore.server.admin.Trainer;
import dev.encore.server.serving.LoadedModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The operator dashboard in headless Chromium: training history and metrics charts, a training run started from the page, ingest rate. */
class OperatorBrowserTest extends BrowserPageTest {
    @TempDir static Path dir;
    static String listener;
    static final AtomicInteger trained = new AtomicInteger();

    /** A version with the manifest a trainer writes, evaluation metrics included (fixture values that improve per run). */
    static LoadedModel version(LoadedModel base, String name, int run) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("algorithm", "itemknn");
        m.put("trainedAt", Instant.parse("2026-11-20T10:00:00Z").plusSeconds(86_400L * run).toString());
        m.put("trainingSeconds", 1.5 + run);
        m.put("users", base.interactions().matrix().rows());
        m.put("items", base.interactions().matrix().cols());
        m.put("nnz", base.interactions().matrix().nnz());
        m.put("metrics", Map.of("recall@10", 0.20 + 0.04 * run, "ndcg@10", 0.12 + 0.03 * run));
        return new LoadedModel(name, base.interactions(), base.model(), m, Instant.now());
    }

    @BeforeAll
    static void start() throws Exception {
        UiWorld.Models world = UiWorld.build(dir, 7);
        UiWorld.Models models = new UiWorld.Models();
        models.add(version(world.load("v1"), "v1", 0));
        models.add(version(world.load("v2"), "v2", 1));
        Trainer trainer = store -> {
            Thread.sleep(1_500);   // long enough for the page to show the run going
            String v = "v" + (3 + trained.getAndIncrement());
            models.add(version(models.load("v2"), v, 2));
            return v;
        };
        serve(ServerConfig.of(dir, models).withModelPollSeconds(0).withTrainer(trainer, 0));
        listener = h.listener("ana");
    }

    @Test
    void historyChartsAndATrainingRunStartedFromThePage() throws Exception {
        String listen = "{\"events\":[{\"type\":\"listen\",\"userId\":\"gus\",\"itemId\":\"" + UiWorld.trackId(1, 2) + "\",\"at\":\"2026-11-20T10:00:00Z\"}]}";
        Page page = signedIn(h.admin, 1280, 900);
        assertThat(page.request().post(url("/api/v1/events"), RequestOptions.create().setHeader("Authorization", "Bearer " + h.admin)
                .setHeader("Content-Type", "application/json").setData(listen)).status()).isEqualTo(200);
        page.navigate(url("/ui/operator"));
        assertThat(page.locator("#runs tbody tr")).hasCount(2);
        assertThat(page.locator("#runs tbody tr").first()).containsText("v2");
        assertThat(page.locator("#runs tbody tr").first()).containsText("recall@10 0.2400");
        assertThat(page.locator("#metrics-chart[data-drawn=true]")).isVisible();
        assertThat(page.locator("#duration-chart[data-drawn=true]")).isVisible();
        assertThat(page.locator("#ingest-rate")).containsText("events stored per second");
        assertThat(page.locator("#ingest-rate")).containsText("1 since start");
        assertThat(page.locator("#training")).containsText("No training run since the server started.");
        A11y.check(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("operator-dashboard.png")).setFullPage(true));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Train a new model now")).click();
        assertThat(page.locator("#training .notice")).hasText("Training run 1 started.");
        assertThat(page.locator("#last-run")).containsText("running");
        // when the run ends the panel reloads the page: the new version is served and heads the history
        assertThat(page.locator("#runs tbody tr")).hasCount(3);
        assertThat(page.locator("#last-run")).containsText("succeeded");
        assertThat(page.locator("#last-run")).containsText("published v3");
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("v3")).locator(".badge")).hasText("serving");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Roll back to v2")).click();
        assertThat(page.locator(".notice").first()).hasText("Now serving v2");
        assertThat(h.server.reload().orElseThrow().version()).isEqualTo("v2");
    }

    @Test
    void listenersCannotStartTraining() {
        Page page = signedIn(listener, 1280, 900);
        int before = trained.get();
        assertThat(page.request().post(url("/ui/operator/train")).status()).isEqualTo(403);
        assertThat(page.request().get(url("/ui/operator/training")).status()).isEqualTo(403);
        assertThat(trained.get()).isEqualTo(before);
    }

    @Test
    void dashboardFitsAPhone() {
        Page page = signedIn(h.admin, 375, 812);
        page.navigate(url("/ui/operator"));
        assertThat(page.locator("#metrics-chart[data-drawn=true]")).isVisible();
        assertThat(page.locator("#training button")).isVisible();
        A11y.check(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("operator-phone.png")).setFullPage(true));
    }
}
