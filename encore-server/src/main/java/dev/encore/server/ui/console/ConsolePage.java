package dev.encore.server.ui.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.encore.core.domain.Artist;
import dev.encore.server.ui.Covers;
import dev.encore.server.ui.Html;
import dev.encore.store.ArtistStats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The artist console body: headline figures, weekly listeners (Chart.js line chart), tracks, listener countries. */
final class ConsolePage {
    static final int MAX_TRACKS = 50, MAX_WEEKS = 104, MAX_COUNTRIES = 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ConsolePage() {}

    /** {@code campaigns} is the escaped link to this artist's campaigns page. */
    static String render(Artist artist, ArtistStats.Report r, String campaigns) {
        return """
                <section class="detail console-head"><div class="cover big round" style="background:%s" aria-hidden="true"><span>%s</span></div>
                <div><p class="kind">Artist console</p><h1>%s</h1>
                <p><a class="button" href="%s">Promotion campaigns</a> <a class="button ghost-link" href="/ui/artist/%s">Public artist page</a></p></div></section>
                %s%s%s%s""".formatted(Covers.gradient(artist.tags(), List.of(artist.name())), Html.esc(Covers.initials(List.of(artist.name()))),
                Html.esc(artist.name()), campaigns, Html.seg(artist.id()), headline(r), weekly(r), tracks(r), countries(r));
    }

    private static String headline(ArtistStats.Report r) {
        String span = r.first() == null ? "no streams yet"
                : r.first().toString().substring(0, 10) + " to " + r.last().toString().substring(0, 10);
        return """
                <section class="panel" aria-labelledby="figures-title"><h2 id="figures-title">All time</h2>
                <dl class="stats" id="figures"><div><dt>streams</dt><dd>%s</dd></div><div><dt>listeners</dt><dd>%s</dd></div>
                <div><dt>tracks</dt><dd>%s</dd></div><div><dt>period</dt><dd class="small">%s</dd></div></dl></section>"""
                .formatted(num(r.streams()), num(r.listeners()), num(r.tracks().size()), Html.esc(span));
    }

    private static String weekly(ArtistStats.Report r) {
        if (r.weeks().isEmpty())
            return panel("weekly-title", "Listeners over time", "<p class=\"empty\">Nobody has streamed these tracks yet.</p>");
        List<ArtistStats.Week> weeks = r.weeks().subList(Math.max(0, r.weeks().size() - MAX_WEEKS), r.weeks().size());
        List<String> labels = new ArrayList<>();
        List<Long> listeners = new ArrayList<>(), streams = new ArrayList<>();
        StringBuilder rows = new StringBuilder();
        for (ArtistStats.Week w : weeks) {
            labels.add(w.start().toString());
            listeners.add(w.listeners());
            streams.add(w.streams());
            rows.append("<tr><th scope=\"row\">").append(w.start()).append("</th><td>").append(num(w.listeners()))
                    .append("</td><td>").append(num(w.streams())).append("</td></tr>");
        }
        String series = json(List.of(Map.of("label", "listeners", "data", listeners), Map.of("label", "streams", "data", streams)));
        return panel("weekly-title", "Listeners over time", """
                <p class="help">Distinct listeners and streams per week (weeks start on Monday, UTC)%s.</p>
                <div class="chart"><canvas id="weekly-chart" data-chart="line" role="img"
                  aria-label="Line chart of weekly listeners and streams; the same figures are in the table below"
                  data-labels="%s" data-series="%s"></canvas></div>
                <details><summary>Show as a table</summary><table id="weekly-table"><thead><tr><th scope="col">week of</th>
                <th scope="col">listeners</th><th scope="col">streams</th></tr></thead><tbody>%s</tbody></table></details>"""
                .formatted(weeks.size() < r.weeks().size() ? ", the last " + MAX_WEEKS + " weeks" : "",
                        Html.esc(json(labels)), Html.esc(series), rows));
    }

    private static String tracks(ArtistStats.Report r) {
        if (r.tracks().isEmpty()) return panel("tracks-title", "Your tracks", "<p class=\"empty\">No tracks credit this artist.</p>");
        StringBuilder rows = new StringBuilder();
        for (ArtistStats.TrackFigures t : r.tracks().subList(0, Math.min(MAX_TRACKS, r.tracks().size())))
            rows.append("<tr><th scope=\"row\"><a href=\"/ui/track/").append(Html.seg(t.trackId())).append("\">").append(Html.esc(t.title()))
                    .append("</a></th><td>").append(num(t.streams())).append("</td><td>").append(num(t.listeners())).append("</td></tr>");
        String more = r.tracks().size() > MAX_TRACKS ? "<p class=\"help\">The " + MAX_TRACKS + " most streamed of " + num(r.tracks().size()) + " tracks.</p>" : "";
        return panel("tracks-title", "Your tracks", """
                <div class="scroll"><table id="tracks-table"><thead><tr><th scope="col">track</th><th scope="col">streams</th><th scope="col">listeners</th></tr></thead>
                <tbody>%s</tbody></table></div>%s""".formatted(rows, more));
    }

    private static String countries(ArtistStats.Report r) {
        if (r.countries().isEmpty())
            return panel("countries-title", "Top listener countries", "<p class=\"empty\">No listener has a country in their profile yet.</p>");
        StringBuilder items = new StringBuilder();
        long top = r.countries().get(0).listeners();
        for (ArtistStats.Country c : r.countries().subList(0, Math.min(MAX_COUNTRIES, r.countries().size()))) {
            items.append("""
                    <li><span class="country">%s</span><span class="bar" aria-hidden="true" style="width:%d%%"></span><span class="count">%s</span></li>"""
                    .formatted(Html.esc(c.country()), Math.max(2, Math.round(100.0 * c.listeners() / top)), num(c.listeners()) + (c.listeners() == 1 ? " listener" : " listeners")));
        }
        String unknown = r.unknownCountry() == 0 ? "" : "<p class=\"help\">" + num(r.unknownCountry()) + " listeners have no country in their profile.</p>";
        return panel("countries-title", "Top listener countries", "<ol class=\"countries\" id=\"countries\">" + items + "</ol>" + unknown);
    }

    private static String panel(String id, String title, String body) {
        return "<section class=\"panel\" aria-labelledby=\"" + id + "\"><h2 id=\"" + id + "\">" + Html.esc(title) + "</h2>" + body + "</section>";
    }

    private static String num(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write chart data as JSON", e);
        }
    }
}
