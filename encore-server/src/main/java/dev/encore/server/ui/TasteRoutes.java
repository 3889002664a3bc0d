package dev.encore.server.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.encore.core.domain.Feedback;
import dev.encore.core.domain.FeedbackType;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.Playlist;
import dev.encore.server.auth.Principal;
import dev.encore.server.auth.TokenRepository;
import dev.encore.server.products.ListenerProducts;
import dev.encore.server.products.PlaylistExports;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The listener's taste controls and playlist downloads for the browser, which holds a session cookie rather than an
 * API token: hide a track, hide an artist, or keep a track out of their taste (and undo each), recorded through the
 * same ingest path as feedback sent to {@code POST /api/v1/events}; and the JSPF/XSPF/M3U8 exports of
 * {@code /api/v1/playlists/{id}.{format}} under {@code /ui/u/{user}/playlists/}.
 */
public final class TasteRoutes {
    private final ListenerProducts products;
    private final UiPrincipal principal;
    private final PlaylistExports exports;
    private final Cards cards;
    private final Clock clock;

    public TasteRoutes(ListenerProducts products, TokenRepository tokens, ObjectMapper json, Clock clock) {
        this.products = products;
        this.principal = new UiPrincipal(tokens);
        this.exports = new PlaylistExports(products.catalog(), json);
        this.cards = new Cards(products.store());
        this.clock = clock;
    }

    public void register(JavalinDefaultRouting r) {
        r.post("/ui/u/{user}/taste/{action}/{id}", this::taste);
        r.get("/ui/u/{user}/playlists/{file}", this::export);
    }

    /** What each control records and what the listener is told afterwards. */
    private enum Action {
        HIDE_TRACK(ItemKind.TRACK, FeedbackType.HIDE, "Hidden: %s. It will not be recommended to you again."),
        HIDE_ARTIST(ItemKind.ARTIST, FeedbackType.HIDE, "Hidden every track by %s."),
        EXCLUDE(ItemKind.TRACK, FeedbackType.EXCLUDE, "%s no longer shapes your recommendations.");

        final ItemKind kind;
        final FeedbackType type;
        final String done;

        Action(ItemKind kind, FeedbackType type, String done) {
            this.kind = kind;
            this.type = type;
            this.done = done;
        }

        static Optional<Action> of(String wire) {
            for (Action a : values()) if (a.name().replace('_', '-').equalsIgnoreCase(wire)) return Optional.of(a);
            return Optional.empty();
        }
    }

    private void taste(Context ctx) throws IOException {
        Optional<String> user = forUser(ctx);
        if (user.isEmpty()) return;
        String wire = ctx.pathParam("action"), id = ctx.pathParam("id");
        Optional<Action> action = Action.of(wire);
        if (action.isEmpty()) {
            ctx.status(400).html("<li class=\"taste-note notice\" role=\"alert\">Unknown taste control '" + Html.esc(wire)
                    + "': use hide-track, hide-artist or exclude.</li>");
            return;
        }
        boolean undo = "true".equals(ctx.queryParam("undo"));
        Action a = action.get();
        products.record("ui", List.of(new Feedback(user.get(), a.kind, id, a.type, clock.instant(), !undo)));
        String name = a.kind == ItemKind.ARTIST ? products.store().catalog().artist(id).map(x -> x.name()).orElse(id) : cards.one(id).title();
        String path = "/ui/u/" + Html.seg(user.get()) + "/taste/" + a.name().toLowerCase().replace('_', '-') + "/" + Html.seg(id);
        if (undo) {
            ctx.html("<li class=\"taste-note\" role=\"status\">Undone: " + Html.esc(name) + " is back in play.</li>");
            return;
        }
        ctx.html("""
                <li class="taste-note" role="status"><p>%s</p>
                <button class="ghost" type="button" hx-post="%s?undo=true" hx-target="closest li" hx-swap="outerHTML">Undo</button></li>"""
                .formatted(Html.esc(a.done.formatted(name)), path));
    }

    private void export(Context ctx) throws IOException {
        Optional<String> user = forUser(ctx);
        if (user.isEmpty()) return;
        String file = ctx.pathParam("file");
        int dot = file.lastIndexOf('.');
        PlaylistExports.Format f = dot < 0 ? null : PlaylistExports.Format.ofExtension(file.substring(dot + 1));
        Principal who = ctx.attribute(UiPrincipal.ATTRIBUTE);
        if (f == null) {
            ctx.status(404).html(Layout.problem(who, "No such export", "'" + file + "' names no export: ask for {playlist}.jspf, .xspf or .m3u8."));
            return;
        }
        String id = file.substring(0, dot);
        Optional<Playlist> p = products.playlist(id).filter(pl -> pl.ownerId() == null || pl.ownerId().equals(user.get()));
        if (p.isEmpty()) {
            ctx.status(404).html(Layout.problem(who, "Playlist not found", "No playlist '" + id + "' of " + user.get()
                    + " is stored; open Discover or Mixes first, which stores them."));
            return;
        }
        ctx.header("Content-Disposition", "attachment; filename=\"" + id.replaceAll("[^A-Za-z0-9._-]", "_") + "." + f.name().toLowerCase() + "\"")
                .contentType(f.contentType + "; charset=utf-8").result(exports.write(p.get(), f));
    }

    /** Buttons that download a stored playlist in each export format (for any page that shows one). */
    public static String exportButtons(String user, String playlistId) {
        StringBuilder b = new StringBuilder("<p class=\"exports\">");
        for (PlaylistExports.Format f : PlaylistExports.Format.values()) {
            String ext = f.name().toLowerCase();
            b.append("<a class=\"button ghost-link\" download href=\"/ui/u/").append(Html.seg(user)).append("/playlists/")
                    .append(Html.seg(playlistId + "." + ext)).append("\">Export ").append(f.name()).append("</a> ");
        }
        return b.append("</p>").toString();
    }

    private Optional<String> forUser(Context ctx) throws IOException {
        Optional<Principal> p = principal.require(ctx);
        if (p.isEmpty()) return Optional.empty();
        String user = ctx.pathParam("user");
        if (!p.get().mayActFor(user)) {
            ctx.status(403).html(Layout.problem(p.get(), "This page is not yours",
                    "You are signed in as " + (p.get().userId() == null ? "an " + p.get().role().wire() : p.get().userId())
                            + " and listeners can only change their own taste and download their own playlists."));
            return Optional.empty();
        }
        return Optional.of(user);
    }
}
