package dev.encore.server.ui;

import dev.encore.server.auth.Principal;

import java.util.ArrayList;
import java.util.List;

/**
 * The page shell every UI page shares: head (theme, manifest, htmx), the top bar with the nav, and the main landmark.
 * Public so pages in sub-packages (the artist console) share it; the nav is built from {@link #links}, one line per link.
 */
public final class Layout {
    private Layout() {}

    /** A nav entry; {@code href} is already escaped. */
    public record Link(String href, String label) {}

    public static String page(String title, Principal who, String body) {
        return page(title, who, body, "");
    }

    /** As {@link #page(String, Principal, String)} with extra script tags for this page only ({@code scripts} is trusted HTML). */
    public static String page(String title, Principal who, String body, String scripts) {
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
        StringBuilder links = new StringBuilder();
        for (Link l : links(who)) links.append("<a href=\"").append(l.href()).append("\">").append(Html.esc(l.label())).append("</a>");
        return """
                <nav aria-label="Main">%s
                  <span class="who">%s</span>
                  <form method="post" action="/ui/signout"><button class="ghost" type="submit">Sign out</button></form>
                </nav>""".formatted(links, Html.esc(who.userId() == null ? who.role().wire() : who.userId()));
    }

    /** The nav links a principal sees, by role: add a page's link here. */
    static List<Link> links(Principal who) {
        List<Link> out = new ArrayList<>();
        switch (who.role()) {
            case ADMIN -> {
                out.add(new Link("/ui/operator", "Operator"));
                out.add(new Link("/ui/operator/editorial", "Editorial"));
                out.add(new Link("/ui/console", "Artist console"));
                out.add(new Link("/ui/console/campaigns", "Campaigns"));
            }
            case ARTIST -> {
                out.add(new Link("/ui/console", "Console"));
                out.add(new Link("/ui/console/campaigns", "Campaigns"));
            }
            case LISTENER -> {
                if (who.userId() == null) break;
                String base = "/ui/u/" + Html.seg(who.userId());
                out.add(new Link(base + "/home", "Home"));
                out.add(new Link(base, "For you"));
                out.add(new Link(base + "/discover", "Discover"));
                out.add(new Link(base + "/mixes", "Mixes"));
                out.add(new Link(base + "/radio", "Radio"));
                out.add(new Link("/ui/prompt", "Ask"));
                out.add(new Link("/ui/podcasts", "Podcasts"));
                out.add(new Link(base + "/year", "Your year"));
            }
        }
        return out;
    }

    /** A full error page (403, 404, 503) that says what happened and where to go instead. */
    public static String problem(Principal who, String heading, String message) {
        return page(heading, who, """
                <section class="problem" aria-labelledby="problem-title">
                  <h1 id="problem-title">%s</h1>
                  <p>%s</p>
                  <p><a class="button" href="/ui">Go to your home</a></p>
                </section>""".formatted(Html.esc(heading), Html.esc(message)));
    }
}
