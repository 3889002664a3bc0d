package dev.encore.server.ui.console;

import dev.encore.core.domain.Artist;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.Track;
import dev.encore.server.artists.ArtistAccess;
import dev.encore.server.auth.Principal;
import dev.encore.server.auth.Role;
import dev.encore.server.auth.TokenRepository;
import dev.encore.server.ui.Html;
import dev.encore.server.ui.Layout;
import dev.encore.server.ui.UiPrincipal;
import dev.encore.store.EncoreStore;
import dev.encore.store.ItemPlays;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /ui/console}: the artist/label console. An artist token's user id is the artist's catalog id, so an artist sees
 * their own figures; an admin picks any artist ({@code ?artist=ID}); listeners are refused.
 */
public final class ConsoleRoutes {
    static final String SCRIPTS = "<script src=\"/ui/vendor/chart.umd.min.js\" defer></script>";
    private static final int SUGGESTIONS = 12;
    private final EncoreStore store;
    private final UiPrincipal principal;

    public ConsoleRoutes(EncoreStore store, TokenRepository tokens) {
        this.store = store;
        this.principal = new UiPrincipal(tokens);
    }

    public void register(JavalinDefaultRouting r) {
        r.get("/ui/console", this::console);   // artists land here from /ui (UiRoutes.landing)
    }

    private void console(Context ctx) throws IOException {
        Optional<Principal> p = principal.require(ctx);
        if (p.isEmpty()) return;
        Principal who = p.get();
        if (who.role() == Role.LISTENER) {
            ctx.status(403).html(Layout.problem(who, "Artists and labels only",
                    "The console needs an artist token (encore token create --role artist --user ARTIST_ID) or an admin token; yours is a listener token."));
            return;
        }
        String asked = ctx.queryParam("artist");   // artists default to their own id; asking for another is refused below
        String id = asked == null && who.role() == Role.ARTIST ? who.userId() : asked;
        if (id == null || id.isBlank()) {
            ctx.html(Layout.page("Artist console", who, "<h1>Artist console</h1>" + picker(null)));
            return;
        }
        Optional<String> denied = ArtistAccess.denial(who, id);
        if (denied.isPresent()) {
            ctx.status(403).html(Layout.problem(who, "Not your artist", denied.get()));
            return;
        }
        Optional<Artist> artist = store.catalog().artist(id);
        if (artist.isEmpty()) {
            String msg = "No artist with id '" + id + "' is in the catalog.";
            if (who.role() == Role.ADMIN) ctx.status(404).html(Layout.page("Artist console", who, "<h1>Artist console</h1>" + picker(msg)));
            else ctx.status(404).html(Layout.problem(who, "Artist not found", msg + " Ask the operator to import your catalog, or check your token's artist id."));
            return;
        }
        String campaigns = "/ui/console/campaigns" + (who.role() == Role.ADMIN ? "?artist=" + Html.seg(id) : "");
        String body = (who.role() == Role.ADMIN ? picker(null) : "") + ConsolePage.render(artist.get(), store.artistStats().of(id), campaigns);
        ctx.html(Layout.page(artist.get().name() + " · console", who, body, SCRIPTS));
    }

    /** Admins pick an artist: a form, and the artists behind the most played tracks as shortcuts. */
    private String picker(String error) {
        Set<String> ids = new LinkedHashSet<>();
        List<ItemPlays> top = store.history().mostPlayed(ItemKind.TRACK, 100);
        Map<String, Track> tracks = store.catalog().tracks(top.stream().map(ItemPlays::itemId).toList());
        for (ItemPlays t : top) {
            Track tr = tracks.get(t.itemId());
            if (tr != null && !tr.artistIds().isEmpty()) ids.add(tr.artistIds().get(0));
            if (ids.size() == SUGGESTIONS) break;
        }
        StringBuilder shortcuts = new StringBuilder();
        store.catalog().artists(ids).values().forEach(a -> shortcuts.append("<li><a href=\"/ui/console?artist=").append(Html.seg(a.id()))
                .append("\">").append(Html.esc(a.name())).append("</a></li>"));
        String err = error == null ? "" : "<p class=\"notice\" role=\"alert\">" + Html.esc(error) + "</p>";
        return """
                <section class="panel" aria-labelledby="pick-title"><h2 id="pick-title">Pick an artist</h2>%s
                <form class="inline" method="get" action="/ui/console"><label for="artist">Artist id</label>
                <input id="artist" name="artist" type="text" required autocomplete="off"><button type="submit">Open console</button></form>
                %s</section>""".formatted(err, shortcuts.length() == 0 ? "" : "<p class=\"help\">Most streamed:</p><ul class=\"chips\">" + shortcuts + "</ul>");
    }
}
