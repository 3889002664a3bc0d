package dev.encore.server.podcasts;

import dev.encore.products.podcasts.PodcastPick;
import dev.encore.products.podcasts.PodcastShelves;
import dev.encore.server.auth.Principal;
import dev.encore.server.auth.TokenRepository;
import dev.encore.server.http.ApiProblem;
import dev.encore.server.ui.Covers;
import dev.encore.server.ui.Html;
import dev.encore.server.ui.Layout;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * {@code /ui/podcasts}: the signed-in listener's podcast shelves (an admin picks the listener with {@code ?user=}).
 * Every item shows why it is there; continue-listening items show how far the listener got.
 */
public final class PodcastPage {
    /** The UI's session cookie (set by the sign-in page). */
    static final String COOKIE = "encore_session";
    private static final int K = 12;
    private final PodcastService podcasts;
    private final TokenRepository tokens;

    public PodcastPage(PodcastService podcasts, TokenRepository tokens) {
        this.podcasts = podcasts;
        this.tokens = tokens;
    }

    public void register(JavalinDefaultRouting r) {
        r.get("/ui/podcasts", this::page);
    }

    private Optional<Principal> principal(Context ctx) throws IOException {
        String token = ctx.cookie(COOKIE);
        return token == null || token.isBlank() ? Optional.empty() : tokens.find(token.trim());
    }

    private void page(Context ctx) throws IOException {
        Optional<Principal> who = principal(ctx);
        if (who.isEmpty()) {
            ctx.redirect("/ui/signin");
            return;
        }
        Principal p = who.get();
        String user = ctx.queryParam("user") != null && !ctx.queryParam("user").isBlank() ? ctx.queryParam("user").trim() : p.userId();
        if (user == null) {
            ctx.status(400).html(Layout.problem(p, "Whose podcasts?", "You are signed in as an admin: add ?user=ID to see a listener's podcasts."));
            return;
        }
        if (!p.mayActFor(user)) {
            ctx.status(403).html(Layout.problem(p, "These podcasts are not yours", "Listeners can only open their own podcast page."));
            return;
        }
        try {
            PodcastShelves.Shelves s = podcasts.shelves(user, PodcastRoutes.since(ctx.queryParam("since")), K);
            ctx.html(Layout.page("Podcasts", p, body(s)));
        } catch (ApiProblem e) {
            ctx.status(e.status()).html(Layout.problem(p, "Podcasts are not available", e.detail()));
        }
    }

    static String body(PodcastShelves.Shelves s) {
        String visit = s.lastVisit() == null ? "" : " since your last visit on " + s.lastVisit().toString().substring(0, 10);
        return "<h1>Podcasts</h1>"
                + shelf("continue", "Continue listening", s.continueListening(), "Nothing half-heard: start an episode and it waits here.")
                + shelf("new-episodes", "New episodes" + visit, s.newEpisodes(), "No new episodes from your shows" + visit + ".")
                + shelf("recommended-shows", "Shows for you", s.recommendedShows(), "No podcasts in this catalog yet: import feeds with encore import rss.")
                + shelf("recommended-episodes", "Episodes to try", s.recommendedEpisodes(), "Listen to a few episodes for suggestions.");
    }

    private static String shelf(String id, String title, List<PodcastPick> picks, String empty) {
        StringBuilder b = new StringBuilder();
        for (PodcastPick p : picks) b.append(tile(p));
        String inner = picks.isEmpty() ? "<p class=\"empty\">" + Html.esc(empty) + "</p>" : "<ul class=\"row\">" + b + "</ul>";
        return """
                <section class="shelf" id="%s" aria-labelledby="%s-title">
                  <h2 id="%s-title">%s</h2>
                  %s
                </section>""".formatted(id, id, id, Html.esc(title), inner);
    }

    private static String tile(PodcastPick p) {
        String progress = "";
        if (p.positionMs() != null && p.durationMs() != null) {
            long pct = Math.round(100.0 * p.positionMs() / p.durationMs());
            progress = "<progress max=\"100\" value=\"%d\" aria-label=\"%d%% played\"></progress>".formatted(pct, pct);
        }
        String sub = p.kind() == PodcastPick.Kind.EPISODE ? p.showTitle() + (p.released() == null ? "" : " · " + p.released()) : "podcast";
        return """
                <li class="tile podcast" data-kind="%s" data-id="%s">
                  <span class="cover" style="background:%s" aria-hidden="true"><span>%s</span></span>
                  <span class="title">%s</span>
                  <span class="artists">%s</span>%s
                  <details class="why"><summary>Why this?</summary>%s</details>
                </li>""".formatted(p.kind().wire(), Html.esc(p.id()), Covers.gradient(List.of(p.showTitle()), List.of(p.showId())),
                Html.esc(p.showTitle().substring(0, 1)), Html.esc(p.title()), Html.esc(sub), progress, Html.esc(p.reason()));
    }
}
