package dev.encore.server.editorial;

import dev.encore.server.http.FieldError;
import dev.encore.server.ui.Html;
import dev.encore.store.EditorialRepository;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** HTML of the editorial editor: pool list, edit form with inline errors, placement report. */
final class EditorialViews {
    private EditorialViews() {}

    static String list(List<EditorialRepository.Pool> pools, Map<String, Long> counts) {
        StringBuilder b = new StringBuilder("<h1>Editorial pools</h1>");
        if (pools.isEmpty()) return b.append("<p class=\"empty\">No pools yet: create one below.</p>").toString();
        b.append("<div class=\"scroll\"><table class=\"pools\"><thead><tr><th scope=\"col\">Pool</th><th scope=\"col\">Candidates</th>"
                + "<th scope=\"col\">Size</th><th scope=\"col\">Fixed by editor</th><th scope=\"col\">Updated</th></tr></thead><tbody>");
        for (EditorialRepository.Pool p : pools) {
            b.append("<tr><td><a href=\"/ui/operator/editorial?pool=").append(Html.seg(p.id())).append("\">").append(Html.esc(p.title()))
                    .append("</a> <code>").append(Html.esc(p.id())).append("</code></td><td>").append(counts.getOrDefault(p.id(), 0L))
                    .append("</td><td>").append(p.size()).append("</td><td>").append(Math.round(p.fixedRatio() * 100)).append("%</td><td>")
                    .append(Html.esc(p.updatedAt().toString().substring(0, 16).replace('T', ' '))).append("</td></tr>");
        }
        return b.append("</tbody></table></div>").toString();
    }

    /** The form's values for an existing pool; candidates one per line, pinned ones as {@code ID @POS}. */
    static Map<String, String> values(EditorialRepository.Pool p) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("id", p.id());
        v.put("title", p.title());
        v.put("description", p.description() == null ? "" : p.description());
        v.put("size", Integer.toString(p.size()));
        v.put("fixedRatio", Double.toString(p.fixedRatio()));
        StringBuilder t = new StringBuilder();
        for (EditorialRepository.Entry e : p.tracks()) t.append(e.trackId()).append(e.pin() == null ? "" : " @" + e.pin()).append('\n');
        v.put("tracks", t.toString());
        return v;
    }

    static String form(Map<String, String> v, List<FieldError> errors) {
        Map<String, String> x = v == null ? Map.of("size", "50", "fixedRatio", "0.2") : v;
        StringBuilder err = new StringBuilder();
        if (!errors.isEmpty()) {
            err.append("<div class=\"notice\" role=\"alert\"><p>The pool was not saved:</p><ul>");
            for (FieldError e : errors) err.append("<li><b>").append(Html.esc(e.field())).append("</b>: ").append(Html.esc(e.message())).append("</li>");
            err.append("</ul></div>");
        }
        return """
                <h2>%s</h2>%s
                <form method="post" action="/ui/operator/editorial" class="editorial">
                  <label>Id <input name="id" required value="%s" pattern="[A-Za-z0-9][A-Za-z0-9._-]{0,63}"></label>
                  <label>Title <input name="title" required value="%s"></label>
                  <label>Description <input name="description" value="%s"></label>
                  <label>Tracks per listener <input name="size" type="number" min="1" max="500" required value="%s"></label>
                  <label>Share fixed by the editor (0–1) <input name="fixedRatio" type="number" min="0" max="1" step="0.05" value="%s"></label>
                  <label><span>Candidates, in your order, one track id per line (<code>ID @3</code> pins to position 3)</span>
                    <textarea name="tracks" rows="12" required>%s</textarea></label>
                  <button type="submit">Save pool</button>
                </form>""".formatted(v == null ? "New pool" : "Edit pool", err, Html.esc(x.getOrDefault("id", "")),
                Html.esc(x.getOrDefault("title", "")), Html.esc(x.getOrDefault("description", "")), Html.esc(x.getOrDefault("size", "")),
                Html.esc(x.getOrDefault("fixedRatio", "")), Html.esc(x.getOrDefault("tracks", "")));
    }

    @SuppressWarnings("unchecked")
    static String stats(Map<String, Object> s) {
        List<Map<String, Object>> rows = (List<Map<String, Object>>) s.get("placements");
        StringBuilder b = new StringBuilder("<h2>How each placement did</h2><p>Listens within " + s.get("attributionDays")
                + " days of being shown count for the placement.</p>");
        if (rows.isEmpty()) return b.append("<p class=\"empty\">Not shown to any listener yet.</p>").toString();
        b.append("<div class=\"scroll\"><table class=\"placements\"><thead><tr><th scope=\"col\">Track</th><th scope=\"col\">Slot</th><th scope=\"col\">Impressions</th>"
                + "<th scope=\"col\">Listeners</th><th scope=\"col\">Streams</th><th scope=\"col\">Skips</th><th scope=\"col\">Stream rate</th>"
                + "<th scope=\"col\">Avg. position</th></tr></thead><tbody>");
        for (Map<String, Object> r : rows) {
            b.append("<tr><td>").append(Html.esc(String.valueOf(r.get("track")))).append("</td><td>").append(Html.esc(String.valueOf(r.get("slot"))))
                    .append("</td><td>").append(r.get("impressions")).append("</td><td>").append(r.get("listeners")).append("</td><td>")
                    .append(r.get("streams")).append("</td><td>").append(r.get("skips")).append("</td><td>")
                    .append(Math.round(100 * (double) r.get("streamRate"))).append("%</td><td>").append(r.get("averagePosition")).append("</td></tr>");
        }
        return b.append("</tbody></table></div>").toString();
    }
}
