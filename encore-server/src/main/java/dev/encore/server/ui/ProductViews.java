package dev.encore.server.ui;

import dev.encore.core.domain.Playlist;
import dev.encore.core.domain.PlaylistItem;
import dev.encore.products.blend.Blend;
import dev.encore.products.home.Home;
import dev.encore.products.home.Shelf;
import dev.encore.products.home.ShelfEntry;
import dev.encore.products.radio.RadioSession;
import dev.encore.products.review.YearlyReview;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Page bodies of the product pages ({@link ProductPages} wraps and guards them); every track shows its reason. */
final class ProductViews {
    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private final Cards cards;

    ProductViews(Cards cards) {
        this.cards = cards;
    }

    String discover(Playlist p) {
        return """
                <div class="hero"><div><p class="kind">Discover Weekly · %s</p><h1>%s</h1><p class="lede">%s</p></div>%s</div>
                %s""".formatted(Html.esc(p.period()), Html.esc(p.title()), Html.esc(p.description()), exports(p),
                Tiles.shelf("discover", "New for you this week", tiles(p.items()), "Play a few tracks: your first edition appears next week."));
    }

    String mixes(List<Playlist> mixes) {
        StringBuilder b = new StringBuilder("<h1>Your daily mixes</h1>");
        if (mixes.isEmpty()) return b.append("<p class=\"empty\">Play more music: mixes appear once you have a few favourite artists.</p>").toString();
        b.append("<ul class=\"mixes\">");
        for (Playlist p : mixes) {
            Map<String, Cards.Card> known = cards.of(ids(p.items()));
            Set<String> tags = new LinkedHashSet<>(), artists = new LinkedHashSet<>();
            known.values().forEach(c -> {
                tags.addAll(c.tags());
                artists.addAll(c.artists());
            });
            List<String> artistList = new ArrayList<>(artists);
            b.append("""
                    <li class="mix"><div class="cover big" style="background:%s" aria-hidden="true"><span>%s</span></div>
                    <h2>%s</h2><p class="artists">%s</p>
                    <details><summary>%d tracks</summary><ol class="tracks">%s</ol></details>%s</li>""".formatted(
                    Covers.gradient(new ArrayList<>(tags), artistList), Html.esc(p.title().substring(0, 1)), Html.esc(p.title()),
                    Html.esc(p.description()), p.items().size(), trackRows(p.items(), known), exports(p)));
        }
        return b.append("</ul>").toString();
    }

    /**
     * The home: one shelf per {@link Shelf} in order, track cards with their reason under "Why this?", playlist and
     * radio cards linking to their pages; shelves that failed are named in a notice.
     */
    String home(String user, Home.Result r, boolean invitePicks) {
        StringBuilder b = new StringBuilder("<div class=\"hero\"><div><p class=\"kind\">For you</p><h1>Your home</h1>"
                + "<p class=\"lede\">Every shelf says why it is here.</p></div></div>");
        if (invitePicks)
            b.append("<p class=\"notice invite\">New here? <a href=\"/ui/u/").append(Html.seg(user))
                    .append("/onboarding\">Pick a few artists and genres</a> and your home, radio and Discovery Weekly start from them.</p>");
        else if (r.shelves().isEmpty())
            b.append("<p class=\"empty\">Nothing here yet: play some music.</p>");
        for (Shelf s : r.shelves()) {
            List<String> trackIds = s.entries().stream().filter(e -> e.kind().equals("track")).map(ShelfEntry::id).toList();
            Map<String, Cards.Card> known = cards.of(trackIds);
            List<String> tiles = new ArrayList<>();
            for (ShelfEntry e : s.entries()) {
                if (e.kind().equals("track")) tiles.add(Tiles.tile(known.get(e.id()), null, "<p>" + Html.esc(e.reason()) + "</p>"));
                else tiles.add(card(user, s, e));
            }
            b.append(Tiles.shelf("shelf-" + s.id(), s.title(), tiles, ""));
        }
        if (!r.unavailable().isEmpty())
            b.append("<p class=\"notice\">Not available right now: ").append(Html.esc(String.join(", ", r.unavailable().keySet()))).append("</p>");
        return b.toString();
    }

    /** A playlist or radio card: mixes open the mixes page, radio cards start that station. */
    private static String card(String user, Shelf s, ShelfEntry e) {
        String base = "/ui/u/" + Html.seg(user);
        String href = switch (e.kind()) {
            case "radio" -> {
                int colon = e.id().indexOf(':');
                yield base + "/radio?" + e.id().substring(0, colon) + "=" + URLEncoder.encode(e.id().substring(colon + 1), StandardCharsets.UTF_8);
            }
            case "playlist" -> s.id().equals("daily-mixes") ? base + "/mixes" : base + "/discover";
            default -> base + "/home";
        };
        return """
                <li class="tile card-%s"><a class="cover" href="%s" style="background:%s" aria-hidden="true" tabindex="-1"><span>%s</span></a>
                <a class="title" href="%s">%s</a><span class="artists">%s</span><p class="reason">%s</p></li>""".formatted(
                Html.esc(e.kind()), Html.esc(href), Covers.gradient(List.of(e.title()), List.of(e.id())), Html.esc(e.title().substring(0, 1)),
                Html.esc(href), Html.esc(e.title()), Html.esc(e.subtitle() == null ? "" : e.subtitle()), Html.esc(e.reason() == null ? "" : e.reason()));
    }

    /** Onboarding: pick at least 3 genres and artists (checkboxes); {@code error} (nullable) says what to fix. */
    String onboarding(String user, List<String> genres, List<String[]> artists, String error) {
        StringBuilder b = new StringBuilder("""
                <div class="hero"><div><p class="kind">Welcome</p><h1>Pick your music</h1>
                <p class="lede">Choose at least 3 genres and artists: your home, radio and Discovery Weekly start from them right away.</p></div></div>""");
        if (error != null) b.append("<p class=\"notice\" role=\"alert\">").append(Html.esc(error)).append("</p>");
        b.append("<form class=\"panel picks\" method=\"post\" action=\"/ui/u/").append(Html.seg(user)).append("/onboarding\">");
        b.append("<fieldset><legend>Genres</legend>");
        for (String g : genres) checkbox(b, "genre", g, g);
        b.append("</fieldset><fieldset><legend>Artists</legend>");
        for (String[] a : artists) checkbox(b, "artist", a[0], a[1]);
        return b.append("</fieldset><button type=\"submit\">Start listening</button></form>").toString();
    }

    private static void checkbox(StringBuilder b, String name, String value, String label) {
        b.append("<label class=\"pick\"><input type=\"checkbox\" name=\"").append(name).append("\" value=\"").append(Html.esc(value))
                .append("\"> ").append(Html.esc(label)).append("</label> ");
    }

    /** Who to blend with: listener ids, comma-separated (a listener may blend with those they follow). */
    String blendForm(String user) {
        return """
                <div class="hero"><div><p class="kind">Blend</p><h1>Make a blend</h1>
                <p class="lede">One playlist for you and up to nine friends: shared favourites first, then each of you in turn.</p></div></div>
                <form class="panel" method="get" action="/ui/u/%s/blend"><label for="with">Blend with (listener ids, comma-separated)</label>
                <input id="with" name="with" required placeholder="u2, u3"><button type="submit">Blend</button></form>""".formatted(Html.seg(user));
    }

    /** A blend: the members, the taste match and the tracks, each saying whose taste brought it. */
    String blend(Blend.Result r) {
        Playlist p = r.playlist();
        return """
                <div class="hero"><div><p class="kind">Blend · %s</p><h1>%s</h1><p class="lede"><strong class="match">%d%% taste match</strong> · shared favourites first, then each of you in turn</p></div>%s</div>
                %s""".formatted(Html.esc(p.period()), Html.esc(p.title()), r.tasteMatch(), exports(p),
                Tiles.shelf("blend", "Your blend", tiles(p.items()), "None of you has played anything yet."));
    }

    /** The radio page: what it plays from, and the queue Like / Skip steer. */
    String radio(String user, RadioSession s, List<PlaylistItem> next) {
        String from = next.isEmpty() || next.get(0).reason() == null ? "Radio" : next.get(0).reason().replaceFirst(",.*", "");
        return """
                <div class="hero"><div><p class="kind">Radio</p><h1>%s</h1>
                <p class="lede">Like what fits and skip what does not: the next tracks follow.</p></div></div>
                %s""".formatted(Html.esc(capital(from)), radioQueue(user, s, next));
    }

    /** The queue alone; htmx swaps it after each Like or Skip. */
    String radioQueue(String user, RadioSession s, List<PlaylistItem> next) {
        Map<String, Cards.Card> known = cards.of(ids(next));
        StringBuilder b = new StringBuilder("<section id=\"radio\" class=\"shelf\" aria-live=\"polite\" aria-labelledby=\"radio-title\">"
                + "<h2 id=\"radio-title\">Up next</h2><ol class=\"queue\">");
        if (next.isEmpty()) b.append("<li class=\"empty\">This radio has played everything it knows.</li>");
        for (PlaylistItem i : next) {
            Cards.Card c = known.get(i.itemId());
            String base = "/ui/u/" + Html.seg(user) + "/radio/" + Html.seg(s.id()) + "/";
            b.append("""
                    <li class="queued"><span class="cover mini" style="background:%s" aria-hidden="true"><span>%s</span></span>
                    <span class="what"><a class="title" href="/ui/track/%s">%s</a><span class="artists">%s</span><span class="reason">%s</span></span>
                    <button class="like" type="button" hx-post="%slike/%s" hx-target="#radio" hx-swap="outerHTML" aria-label="Like %s">♥ Like</button>
                    <button class="ghost skip-track" type="button" hx-post="%sskip/%s" hx-target="#radio" hx-swap="outerHTML" aria-label="Skip %s">Skip</button></li>""".formatted(
                    Covers.gradient(c.tags(), c.artists()), Html.esc(Covers.initials(c.artists())), Html.seg(c.id()), Html.esc(c.title()),
                    Tiles.artistLinks(c), Html.esc(i.reason()), base, Html.seg(c.id()), Html.esc(c.title()), base, Html.seg(c.id()), Html.esc(c.title())));
        }
        return b.append("</ol></section>").toString();
    }

    String year(YearlyReview r) {
        StringBuilder b = new StringBuilder("<h1>Your " + r.year() + " in music</h1><ul class=\"stories\">");
        story(b, "Minutes listened", String.format(java.util.Locale.ROOT, "%,d", r.minutesListened()), r.longestStreakDays() + "-day longest streak");
        if (!r.topArtists().isEmpty()) story(b, "Top artist", r.topArtists().get(0).name(), r.topArtists().get(0).plays() + " plays");
        if (!r.topTracks().isEmpty()) story(b, "Top track", r.topTracks().get(0).name(), r.topTracks().get(0).plays() + " plays");
        if (!r.topTags().isEmpty()) story(b, "Top genre", r.topTags().get(0).name(), "");
        story(b, "New artists", Integer.toString(r.newArtists().size()), "discovered this year");
        story(b, "Your listening personality", r.personality().label(), "");
        b.append("</ul>");
        List<String> names = new ArrayList<>();
        List<Long> plays = new ArrayList<>();
        r.topArtists().forEach(a -> {
            names.add(a.name());
            plays.add(a.plays());
        });
        b.append("""
                <section class="panel" aria-labelledby="top-artists-title"><h2 id="top-artists-title">Top artists</h2>
                <div class="chart"><canvas id="artists-chart" role="img" aria-label="Bar chart of your top artists by plays: %s"
                  data-labels="%s" data-values="%s"></canvas></div></section>""".formatted(Html.esc(String.join(", ", names)),
                Html.esc(json(names)), Html.esc(plays.toString())));
        return b.append(clock(r.clock())).toString();
    }

    /** The listening clock as a heat map: one row per weekday, one cell per hour, darker = fewer plays. */
    private static String clock(int[][] clock) {
        int max = 1;
        for (int[] day : clock) for (int v : day) max = Math.max(max, v);
        StringBuilder b = new StringBuilder("""
                <section class="panel" aria-labelledby="clock-title"><h2 id="clock-title">When you listen</h2>
                <table class="heat"><caption>Plays by weekday and hour (your time zone)</caption><thead><tr><th scope="col"></th>""");
        for (int h = 0; h < 24; h++) b.append("<th scope=\"col\">").append(h % 6 == 0 ? Integer.toString(h) : "").append("</th>");
        b.append("</tr></thead><tbody>");
        for (int d = 0; d < 7; d++) {
            b.append("<tr><th scope=\"row\">").append(DAYS[d]).append("</th>");
            for (int h = 0; h < 24; h++) {
                int v = clock[d][h];
                b.append(String.format(java.util.Locale.ROOT, "<td style=\"--heat:%.2f\" title=\"%s %02d:00 · %d plays\">%s</td>",
                        (double) v / max, DAYS[d], h, v, v == 0 ? "" : "<span class=\"sr\">" + v + "</span>"));
            }
            b.append("</tr>");
        }
        return b.append("</tbody></table></section>").toString();
    }

    private static void story(StringBuilder b, String label, String value, String note) {
        b.append("<li class=\"story\"><p class=\"kind\">").append(Html.esc(label)).append("</p><p class=\"big\">").append(Html.esc(value))
                .append("</p>").append(note.isEmpty() ? "" : "<p class=\"help\">" + Html.esc(note) + "</p>").append("</li>");
    }

    private List<String> tiles(List<PlaylistItem> items) {
        Map<String, Cards.Card> known = cards.of(ids(items));
        List<String> out = new ArrayList<>();
        for (PlaylistItem i : items) out.add(Tiles.tile(known.get(i.itemId()), null, i.reason() == null ? null : "<p>" + Html.esc(i.reason()) + "</p>"));
        return out;
    }

    private static String trackRows(List<PlaylistItem> items, Map<String, Cards.Card> known) {
        StringBuilder b = new StringBuilder();
        for (PlaylistItem i : items) {
            Cards.Card c = known.get(i.itemId());
            b.append("<li><a href=\"/ui/track/").append(Html.seg(c.id())).append("\">").append(Html.esc(c.title())).append("</a> · ")
                    .append(Html.esc(String.join(", ", c.artists()))).append("<span class=\"reason\">").append(Html.esc(i.reason())).append("</span></li>");
        }
        return b.toString();
    }

    /** JSPF, XSPF and M3U8 download buttons (the UI's own export route: a browser sends no API token). */
    private static String exports(Playlist p) {
        return TasteRoutes.exportButtons(p.ownerId(), p.id());
    }

    private static List<String> ids(List<PlaylistItem> items) {
        return items.stream().map(PlaylistItem::itemId).toList();
    }

    private static String json(List<String> names) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) b.append(',');
            b.append('"');
            for (char c : names.get(i).toCharArray()) {
                if (c == '"' || c == '\\') b.append('\\').append(c);
                else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
                else b.append(c);
            }
            b.append('"');
        }
        return b.append(']').toString();
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
