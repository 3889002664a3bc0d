package dev.encore.server.ui;

import dev.encore.server.auth.Principal;
import dev.encore.server.auth.Role;

/** The page shell every UI page shares: head (theme, manifest, htmx), the top bar, and the main landmark. */
final class Layout {
    private Layout() {}

    static String page(String title, Principal who, String body) {
        return page(title, who, body, "");
    }

    /** As {@link #page(String, Principal, String)} with extra script tags for this page only ({@code scripts} is trusted HTML). */
    static String page(String title, Principal who, String body, String scripts) {
        return """
                <!doctype html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="theme-color" content="#121217">
                <title>%s · Encore</title>
                <link rel="manifest" href="/ui/manifest.webmanifest">
                <link rel="icon" href="/ui/static/icon.svg" type="image/svg+xml">
                <link rel="apple-touch-icon" href="/ui/static/icon.svg">
                <link rel="stylesheet" href="/ui/static/app.css">
                <script src="/ui/vendor/htmx.min.js" defer></script>
                <script src="/ui/static/app.js" defer></script>
                %s
                </head>
                <body>
                <a class="skip" href="#main">Skip to content</a>
                <header class="top">
                  <a class="brand" href="/ui" aria-label="Encore home"><span class="logo" aria-hidden="true">◐</span> Encore</a>
                  %s
                </header>
                <main id="main" tabindex="-1">
                %s
                </main>
                </body>
                </html>
                """.formatted(Html.esc(title), scripts, nav(who), body);
    }

    private static String nav(Principal who) {
        if (who == null) return "";
        String links = who.role() == Role.ADMIN
                ? "<a href=\"/ui/operator\">Operator</a>"
                : who.userId() == null ? "" : listenerLinks("/ui/u/" + Html.seg(who.userId()));
        return """
                <nav aria-label="Main">%s
                  <span class="who">%s</span>
                  <form method="post" action="/ui/signout"><button class="ghost" type="submit">Sign out</button></form>
                </nav>""".formatted(links, Html.esc(who.userId() == null ? who.role().wire() : who.userId()));
    }

    /** Home and the product pages of a listener ({@code base} is their escaped /ui/u/ path). */
    private static String listenerLinks(String base) {
        return "<a href=\"" + base + "\">Home</a><a href=\"" + base + "/discover\">Discover</a><a href=\"" + base + "/mixes\">Mixes</a>"
                + "<a href=\"" + base + "/radio\">Radio</a><a href=\"" + base + "/year\">Your year</a>";
    }

    /** A full error page (403, 404, 503) that says what happened and where to go instead. */
    static String problem(Principal who, String heading, String message) {
        return page(heading, who, """
                <section class="problem" aria-labelledby="problem-title">
                  <h1 id="problem-title">%s</h1>
                  <p>%s</p>
                  <p><a class="button" href="/ui">Go to your home</a></p>
                </section>""".formatted(Html.esc(heading), Html.esc(message)));
    }
}
