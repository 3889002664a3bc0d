package dev.encore.server.ui;

import java.util.List;

/** Cover tiles and shelves: the building blocks of the listener pages. */
final class Tiles {
    private Tiles() {}

    /**
     * One tile. {@code playUser} (nullable) adds a play button that records a listen for that user and refreshes the
     * "Recently played" shelf; {@code why} (nullable, already HTML) is the body of the "why this?" disclosure. A tile
     * with both is a recommendation, so it also gets the taste controls (hide the track, hide its artist).
     */
    static String tile(Cards.Card c, String playUser, String why) {
        String artists = String.join(", ", c.artists());
        String play = playUser == null ? "" : """
                <button class="play" type="button" hx-post="/ui/u/%s/play/%s" hx-target="#recent" hx-swap="outerHTML"
                        aria-label="Play %s">▶ Play</button>""".formatted(Html.seg(playUser), Html.seg(c.id()),
                Html.esc(c.title() + (artists.isEmpty() ? "" : " by " + artists)));
        String whyBlock = why == null ? "" : """
                <details class="why"><summary aria-label="Why this? (%s)">Why this?</summary>%s%s</details>"""
                .formatted(Html.esc(c.title()), why, playUser == null ? "" : controls(c, playUser));
        return """
                <li class="tile">
                  <a class="cover" href="/ui/track/%s" style="background:%s" aria-hidden="true" tabindex="-1"><span>%s</span></a>
                  <a class="title" href="/ui/track/%s">%s</a>
                  <span class="artists">%s</span>
                  %s%s
                </li>""".formatted(Html.seg(c.id()), Covers.gradient(c.tags(), c.artists()), Html.esc(Covers.initials(c.artists())),
                Html.seg(c.id()), Html.esc(c.title()), artistLinks(c), play, whyBlock);
    }

    /** Hide this track / hide its artist: each swaps the tile for a note with an undo button (see {@link TasteRoutes}). */
    static String controls(Cards.Card c, String user) {
        String base = "/ui/u/" + Html.seg(user) + "/taste/";
        StringBuilder b = new StringBuilder("<div class=\"taste\" role=\"group\" aria-label=\"Taste controls for ").append(Html.esc(c.title())).append("\">");
        b.append(button(base + "hide-track/" + Html.seg(c.id()), "Hide track", "Hide track: " + c.title()));
        for (int i = 0; i < Math.min(c.artistIds().size(), c.artists().size()); i++)
            b.append(button(base + "hide-artist/" + Html.seg(c.artistIds().get(i)), "Hide artist", "Hide artist: " + c.artists().get(i)));
        return b.append("</div>").toString();
    }

    /** "Don't use for my taste" on a track the listener played (the seeds of a "why this?"). */
    static String excludeButton(String user, Cards.Card c) {
        return button("/ui/u/" + Html.seg(user) + "/taste/exclude/" + Html.seg(c.id()), "Don't use for my taste",
                "Don't use for my taste: " + c.title());
    }

    private static String button(String path, String text, String label) {
        return """
                <button class="ghost small-button" type="button" hx-post="%s" hx-target="closest li" hx-swap="outerHTML" aria-label="%s">%s</button>"""
                .formatted(path, Html.esc(label), Html.esc(text));
    }

    static String artistLinks(Cards.Card c) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < c.artists().size(); i++) {
            if (i > 0) b.append(", ");
            if (i < c.artistIds().size())
                b.append("<a href=\"/ui/artist/").append(Html.seg(c.artistIds().get(i))).append("\">").append(Html.esc(c.artists().get(i))).append("</a>");
            else b.append(Html.esc(c.artists().get(i)));
        }
        return b.toString();
    }

    /** A titled, horizontally scrolling shelf; {@code tiles} are already rendered, {@code empty} shows when none. */
    static String shelf(String id, String title, List<String> tiles, String empty) {
        String body = tiles.isEmpty() ? "<p class=\"empty\">" + Html.esc(empty) + "</p>"
                : "<ul class=\"row\">" + String.join("\n", tiles) + "</ul>";
        return """
                <section class="shelf" id="%s" aria-labelledby="%s-title">
                  <h2 id="%s-title">%s</h2>
                  %s
                </section>""".formatted(id, id, id, Html.esc(title), body);
    }
}
