package dev.encore.server.ui;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Launches Debian's Chromium headless through Playwright (whose jar brings its own driver; its browser download is
 * switched off). A missing Chromium fails the tests with the install command: browser tests are never skipped.
 * {@code ENCORE_CHROMIUM} points at another Chromium or Chrome binary; {@code ENCORE_PLAYWRIGHT_BROWSER=1} uses
 * Playwright's own Chromium instead (downloaded on first use, so it needs internet).
 */
final class Chromium {
    static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run");

    private Chromium() {}

    /** Playwright's own browser (downloaded by Playwright) instead of a system Chromium. */
    static boolean playwrightsOwn() {
        return "1".equals(System.getenv("ENCORE_PLAYWRIGHT_BROWSER"));
    }

    static Path executable() {
        if (playwrightsOwn()) return null;
        String env = System.getenv("ENCORE_CHROMIUM");
        Path exe = Path.of(env == null || env.isBlank() ? "/usr/bin/chromium" : env);
        if (!Files.isExecutable(exe))
            fail("Chromium is needed for the web UI browser tests but " + exe + " is not an executable file. Install it with "
                    + "`sudo apt-get install -y chromium` (Debian/Ubuntu), set ENCORE_CHROMIUM to a Chromium or Chrome binary, "
                    + "or set ENCORE_PLAYWRIGHT_BROWSER=1 to let Playwright download its own Chromium (needs internet).");
        return exe;
    }

    static Playwright playwright() {
        if (playwrightsOwn()) return Playwright.create();
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    static Browser launch(Playwright pw) {
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(ARGS);
        Path exe = executable();
        return pw.chromium().launch(exe == null ? options : options.setExecutablePath(exe));
    }

    /** {@code docs/screenshots} of the repository (tests run in the module directory). */
    static Path screenshots() throws java.io.IOException {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("encore-server"))) dir = dir.getParent();
        if (dir == null) throw new IllegalStateException("cannot find the repository root above " + Path.of("").toAbsolutePath());
        return Files.createDirectories(dir.resolve("docs/screenshots"));
    }
}
