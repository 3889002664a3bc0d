package dev.encore.server.ui;

import dev.encore.core.domain.Feedback;
import dev.encore.core.domain.FeedbackType;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.Playlist;
import dev.encore.core.domain.PlaylistKind;
import dev.encore.core.domain.Track;
import dev.encore.server.serving.LoadedModel;
import dev.encore.server.serving.ModelHolder;
import dev.encore.server.serving.Recommendations;
import dev.encore.store.EncoreStore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The listener's home shelves, the track and artist pages (bodies only; {@link UiRoutes} wraps and guards them). */
final class ListenerPages {
    static final int SHELF = 12;
    private final ModelHolder models;
    private final Recommendations recs;
    private final EncoreStore store;
    private final Cards cards;

    ListenerPages(ModelHolder models, Recommendations recs, EncoreStore store) {
        this.models = models;
        this.recs = recs;
        this.store = store;
        this.cards = new Cards(store);
    }

    String home(String user) {
        Optional<LoadedModel> m = models.current();
        StringBuilder b = new StringBuilder();
        b.append("""
                <div class="hero"><h1>Good to see you, %s</h1>
                <form hx-post="/ui/u/%s/simulate" hx-target="#recent" hx-swap="outerHTML">
                  <input type="hidden" name="seed" value="42">
                  <button class="ghost" type="submit">Simulate a listening session</button>
                </form></div>""".formatted(Html.esc(user), Html.seg(user)));
        b.append(recommended(m, user));
        b.append(recent(user));
        b.append(moreLike(m, user));
        b.append(playlists(user));
        return b.toString();
    }

    /** The listener's stored generated playlists (weekly editions, daily mixes), newest first, with export buttons. */
    private String playlists(String user) {
        List<Playlist> own = new ArrayList<>(store.playlists().byOwner(user, PlaylistKind.GENERATED));
        if (own.isEmpty()) return "";
        own.sort(Comparator.comparing((Playlist p) -> p.period() == null ? "" : p.period()).reversed().thenComparing(Playlist::id));
        StringBuilder b = new StringBuilder();
        for (Playlist p : own.subList(0, Math.min(SHELF, own.size())))
            b.append("<li class=\"playlist\"><h3>").append(Html.esc(p.title())).append("</h3><p class=\"help\">")
                    .append(Html.esc(p.period() == null ? "" : p.period() + " · ")).append(p.items().size()).append(" tracks</p>")
                    .append(TasteRoutes.exportButtons(user, p.id())).append("</li>");
        return """
                <section class="shelf" id="playlists" aria-labelledby="playlists-title"><h2 id="playlists-title">Your playlists</h2>
                <ul class="playlists">%s</ul></section>""".formatted(b);
    }

    private String recommended(Optional<LoadedModel> m, String user) {
        if (m.isEmpty()) return Tiles.shelf("recommended", "Recommended for you", List.of(), "No model is trained yet: recommendations appear after the first training run.");
        Hidden hidden = hidden(user);
        // ask for more than a shelf so that dropping hidden artists still fills it
        List<Recommendations.Item> items = recs.recommend(m.get(), user, SHELF * 2, hidden.tracks, true).orElse(List.of());
        Set<String> ids = new LinkedHashSet<>();
        items.forEach(i -> {
            ids.add(i.id());
            ids.addAll(i.because());
        });
        Map<String, Cards.Card> known = cards.of(ids);
        List<String> tiles = new ArrayList<>();
        for (Recommendations.Item i : items) {
            Cards.Card c = known.get(i.id());
            if (tiles.size() == SHELF || c.artistIds().stream().anyMatch(hidden.artists::contains)) continue;
            tiles.add(Tiles.tile(c, user, why(i, known, user)));
        }
        return Tiles.shelf("recommended", "Recommended for you", tiles, "Play a few tracks and your recommendations appear here.");
    }

    /** Tracks and artists the listener hid (active HIDE or BAN feedback; the latest signal per item wins). */
    private record Hidden(Set<String> tracks, Set<String> artists) {}

    private Hidden hidden(String user) {
        Hidden h = new Hidden(new HashSet<>(), new HashSet<>());
        for (Feedback f : store.signals().feedbackOf(user)) {
            if (!f.active() || (f.type() != FeedbackType.HIDE && f.type() != FeedbackType.BAN)) continue;
            if (f.itemKind() == ItemKind.TRACK) h.tracks.add(f.itemId());
            else if (f.itemKind() == ItemKind.ARTIST) h.artists.add(f.itemId());
        }
        return h;
    }

    /** The "why this?" body: the played tracks behind it, each with "don't use for my taste", and the source. */
    private static String why(Recommendations.Item i, Map<String, Cards.Card> known, String user) {
        if (i.because().isEmpty()) return "<p>Suggested by " + Html.esc(i.source()) + ".</p>";
        StringBuilder b = new StringBuilder("<p>Because you played:</p><ul>");
        for (String id : i.because()) {
            Cards.Card c = known.get(id);
            b.append("<li><a href=\"/ui/track/").append(Html.seg(id)).append("\">").append(Html.esc(c.title())).append("</a>");
            if (!c.artists().isEmpty()) b.append(" · ").append(Html.esc(String.join(", ", c.artists())));
            b.append(" ").append(Tiles.excludeButton(user, c)).append("</li>");
        }
        return b.append("</ul><p class=\"source\">source: ").append(Html.esc(i.source())).append("</p>").toString();
    }

    /** The "Recently played" shelf alone: htmx swaps it in after a play. */
    String recent(String user) {
        Set<String> ids = new LinkedHashSet<>();
        for (ListenEvent e : store.history().recent(user, 100)) {
            if (ids.size() == SHELF) break;
            ids.add(e.itemId());
        }
        List<String> tiles = new ArrayList<>();
        cards.of(ids).values().forEach(c -> tiles.add(Tiles.tile(c, user, null)));
        return Tiles.shelf("recent", "Recently played", tiles, "Nothing played yet. Press ▶ Play on any track.");
    }

    private String moreLike(Optional<LoadedModel> m, String user) {
        Map<String, Integer> artistPlays = new HashMap<>();
        Map<String, String> artistTrack = new HashMap<>();
        List<ListenEvent> history = store.history().recent(user, 200);
        Map<String, Cards.Card> heard = cards.of(history.stream().map(ListenEvent::itemId).distinct().toList());
        for (ListenEvent e : history) {
            Cards.Card c = heard.get(e.itemId());
            if (c == null || c.artistIds().isEmpty()) continue;
            artistPlays.merge(c.artistIds().get(0), 1, Integer::sum);
            artistTrack.putIfAbsent(c.artistIds().get(0), c.id());
        }
        if (m.isEmpty() || artistPlays.isEmpty()) return "";
        String top = null;   // most plays; ties go to the smallest id so the shelf is stable
        for (var e : artistPlays.entrySet()) {
            if (top == null || e.getValue() > artistPlays.get(top) || (e.getValue().equals(artistPlays.get(top)) && e.getKey().compareTo(top) < 0))
                top = e.getKey();
        }
        Cards.Card seed = heard.get(artistTrack.get(top));
        String name = seed.artists().isEmpty() ? top : seed.artists().get(0);
        return Tiles.shelf("morelike", "More like " + name, similarTiles(m.get(), seed.id(), user), "Nothing similar yet.");
    }

    /** Tracks like {@code trackId}; with a listener, each explains itself and carries the taste controls. */
    private List<String> similarTiles(LoadedModel m, String trackId, String playUser) {
        List<Recommendations.Item> items = recs.similar(m, trackId, SHELF + 1).orElse(List.of());
        Cards.Card seed = cards.one(trackId);
        String why = "<p>Listeners who play <a href=\"/ui/track/" + Html.seg(trackId) + "\">" + Html.esc(seed.title())
                + "</a> also play this.</p><p class=\"source\">source: similar items</p>";
        Hidden hidden = playUser == null ? new Hidden(Set.of(), Set.of()) : hidden(playUser);
        List<String> tiles = new ArrayList<>();
        for (Cards.Card c : cards.of(items.stream().map(Recommendations.Item::id).filter(id -> !id.equals(trackId)).toList()).values()) {
            if (tiles.size() == SHELF || hidden.tracks.contains(c.id()) || c.artistIds().stream().anyMatch(hidden.artists::contains)) continue;
            tiles.add(Tiles.tile(c, playUser, playUser == null ? null : why));
        }
        return tiles;
    }

    /** Track page: a big cover, its artists and tags, a play button for listeners, and similar tracks. */
    Optional<String> track(String id, String playUser) {
        if (store.catalog().track(id).isEmpty()) return Optional.empty();
        Cards.Card c = cards.one(id);
        String play = playUser == null ? "" : """
                <button class="play big" type="button" hx-post="/ui/u/%s/play/%s" hx-target="#played" hx-swap="innerHTML">▶ Play</button>
                <span id="played" role="status"></span>""".formatted(Html.seg(playUser), Html.seg(id));
        String similar = models.current().map(m -> Tiles.shelf("similar", "Similar tracks", similarTiles(m, id, playUser),
                "This track is not in the served model yet.")).orElse("");
        return Optional.of("""
                <section class="detail"><div class="cover big" style="background:%s" aria-hidden="true"><span>%s</span></div>
                <div><p class="kind">Track</p><h1>%s</h1><p class="artists">%s</p><p class="tags">%s</p>%s</div></section>%s"""
                .formatted(Covers.gradient(c.tags(), c.artists()), Html.esc(Covers.initials(c.artists())), Html.esc(c.title()),
                        Tiles.artistLinks(c), Html.esc(String.join(" · ", new LinkedHashSet<>(c.tags()))), play, similar));
    }

    /** Artist page: their tracks, and tracks similar to their first one. */
    Optional<String> artist(String id, String playUser) {
        var artist = store.catalog().artist(id);
        if (artist.isEmpty()) return Optional.empty();
        List<Track> own = store.catalog().tracksByArtist(id);
        List<String> tiles = new ArrayList<>();
        cards.of(own.stream().map(Track::id).limit(SHELF).toList()).values().forEach(c -> tiles.add(Tiles.tile(c, playUser, null)));
        String similar = own.isEmpty() ? "" : models.current().map(m -> Tiles.shelf("similar", "Fans also play",
                similarTiles(m, own.get(0).id(), playUser), "Not in the served model yet.")).orElse("");
        return Optional.of("""
                <section class="detail"><div class="cover big round" style="background:%s" aria-hidden="true"><span>%s</span></div>
                <div><p class="kind">Artist</p><h1>%s</h1><p class="tags">%s</p></div></section>%s%s"""
                .formatted(Covers.gradient(artist.get().tags(), List.of(artist.get().name())), Html.esc(Covers.initials(List.of(artist.get().name()))),
                        Html.esc(artist.get().name()), Html.esc(String.join(" · ", artist.get().tags())),
                        Tiles.shelf("tracks", "Tracks", tiles, "No tracks in the catalog."), similar));
    }

    /** Tracks for the session simulator: the user's current recommendations, shuffled with the given seed. */
    List<String> sessionTracks(String user, int n, long seed) {
        Optional<LoadedModel> m = models.current();
        if (m.isEmpty()) return List.of();
        List<String> ids = new ArrayList<>(recs.recommend(m.get(), user, n * 2, List.of(), true).orElse(List.of())
                .stream().map(Recommendations.Item::id).toList());
        java.util.Collections.shuffle(ids, new java.util.Random(seed));
        return ids.subList(0, Math.min(n, ids.size()));
    }
}
