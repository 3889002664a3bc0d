package dev.encore.server.ui;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What page-level browser tests share: one headless Chromium per class (launched before the subclass starts its
 * server, closed after it stops it), a fresh 1280×900 context and page per test, URLs on the subclass's server and
 * sign-in through the form.
 */
abstract class BrowserPageTest {
    static Playwright pw;
    static Browser browser;
    static Path shots;
    BrowserContext context;
    Page page;

    @BeforeAll
    static void launchBrowser() throws IOException {
        Chromium.executable();   // fail first, with the install command, when Chromium is missing
        shots = Chromium.screenshots();
        pw = Chromium.playwright();
        browser = Chromium.launch(pw);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) browser.close();
        if (pw != null) pw.close();
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        context.setDefaultTimeout(10_000);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    /** The port of the server this class started. */
    abstract int port();

    String url(String path) {
        return "http://localhost:" + port() + path;
    }

    /** A fresh signed-in page at this viewport size, replacing the test's page (phone widths, several users). */
    Page signedIn(String token, int width, int height) {
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
        signIn(token);
        return page;
    }

    /** Signs in with the token and waits until the sign-in page has been left. */
    void signIn(String token) {
        page.navigate(url("/ui/signin"));
        page.getByLabel("API token").fill(token);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(u -> !u.endsWith("/ui/signin"));
    }
}
