package dev.encore.server.ui;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import dev.encore.server.ServerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What page-level browser tests share: the class's server ({@link ServerTest}: the subclass's {@code @BeforeAll}
 * starts it with {@code serve}), one headless Chromium per class (launched before that, closed before the server), a
 * fresh 1280×900 context and page per test, URLs on that server and sign-in through the form.
 */
public abstract class BrowserPageTest extends ServerTest {
    protected static Playwright pw;
    protected static Browser browser;
    protected static Path shots;
    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    protected static void launchBrowser() throws IOException {
        Chromium.executable();   // fail first, with the install command, when Chromium is missing
        shots = Chromium.screenshots();
        pw = Chromium.playwright();
        browser = Chromium.launch(pw);
    }

    @AfterAll
    protected static void closeBrowser() {
        if (browser != null) browser.close();
        if (pw != null) pw.close();
    }

    @BeforeEach
    protected void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        context.setDefaultTimeout(10_000);
        page = context.newPage();
    }

    @AfterEach
    protected void closePage() {
        context.close();
    }

    protected static String url(String path) {
        return h.uri(path).toString();
    }

    /** A fresh page in a new context made with {@code options} (phone sizes, touch), replacing the test's page. */
    protected Page fresh(Browser.NewContextOptions options) {
        context.close();
        context = browser.newContext(options);
        context.setDefaultTimeout(15_000);
        page = context.newPage();
        return page;
    }

    /** A fresh page at this viewport size, replacing the test's page. */
    protected Page fresh(int width, int height) {
        return fresh(new Browser.NewContextOptions().setViewportSize(width, height));
    }

    /** A fresh signed-in page at this viewport size, replacing the test's page (phone widths, several users). */
    protected Page signedIn(String token, int width, int height) {
        fresh(width, height);
        signIn(token);
        return page;
    }

    /** Signs in with the token and waits until the sign-in page has been left. */
    protected void signIn(String token) {
        page.navigate(url("/ui/signin"));
        page.getByLabel("API token").fill(token);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(u -> !u.endsWith("/ui/signin"));
    }
}
