package dev.encore.server.ui;

import java.util.List;

/** Cover tiles and shelves: the building blocks of the listener pages. */
final class Tiles {
    private Tiles() {}

    /**
     * One tile. {@code playUser} (nullable) adds a play button that records a listen for that user and refreshes the
     * "Recently played" shelf; {@code why} (nullable, already HTML) is the body of the "why this?" disclosure.
     */
    static String tile(Cards.Card c, String playUser, String why) {
        String artists = String.join(", ", c.artists());
        String play = playUser == null ? "" : """
                <button class="play" type="button" hx-post="/ui/u/%s/play/%s" hx-target="#recent" hx-swap="outerHTML"
                        aria-label="Play %s">▶ Play</button>""".formatted(Html.seg(playUser), Html.seg(c.id()),
                Html.esc(c.title() + (artists.isEmpty() ? "" : " by " + artists)));
        String whyBlock = why == null ? "" : """
                <details class="why"><summary>Why this?</summary>%s</details>""".formatted(why);
        return """
                <li class="tile">
                  <a class="cover" href="/ui/track/%s" style="background:%s" aria-hidden="true" tabindex="-1"><span>%s</span></a>
                  <a class="title" href="/ui/track/%s">%s</a>
                  <span class="artists">%s</span>
                  %s%s
                </li>""".formatted(Html.seg(c.id()), Covers.gradient(c.tags(), c.artists()), Html.esc(Covers.initials(c.artists())),
                Html.seg(c.id()), Html.esc(c.title()), artistLinks(c), play, whyBlock);
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
