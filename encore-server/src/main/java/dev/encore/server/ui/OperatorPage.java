package dev.encore.server.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.encore.server.http.HttpMetrics;
import dev.encore.server.serving.LoadedModel;
import dev.encore.server.serving.ModelHolder;
import dev.encore.store.EncoreStore;
import io.micrometer.core.instrument.Counter;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The operator page (admin only): model versions with manifests and activate/roll back, data stats, ingest counters. */
final class OperatorPage {
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final ModelHolder models;
    private final EncoreStore store;
    private final HttpMetrics metrics;

    OperatorPage(ModelHolder models, EncoreStore store, HttpMetrics metrics) {
        this.models = models;
        this.store = store;
        this.metrics = metrics;
    }

    /** Where {@link OperatorActions} loads the live training panel (it needs the trainer, which this page does not hold). */
    private static final String TRAINING_SLOT = """
            <section class="panel" id="training" aria-labelledby="training-title" hx-get="/ui/operator/training" hx-trigger="load" hx-swap="outerHTML">
            <h2 id="training-title">Training</h2><p class="empty">Loading the training status…</p></section>""";

    /** Chart.js (from its WebJar) and the script that draws the data chart from the canvas's data attributes. */
    static final String SCRIPTS = "<script src=\"/ui/vendor/chart.umd.min.js\" defer></script><script src=\"/ui/static/operator.js\" defer></script>";

    String body(String notice) throws IOException {
        return "<h1>Operator</h1>" + (notice == null ? "" : "<p class=\"notice\" role=\"status\">" + Html.esc(notice) + "</p>")
                + TRAINING_SLOT + ModelHistory.render(models) + models() + stats() + ingest();
    }

    private String models() throws IOException {
        String served = models.current().map(LoadedModel::version).orElse(null);
        List<String> versions = models.source().versions();
        int servedAt = versions.indexOf(served);
        StringBuilder rows = new StringBuilder();
        for (int i = versions.size() - 1; i >= 0; i--) {
            String v = versions.get(i);
            String action = v.equals(served) ? "<span class=\"badge\">serving</span>" : """
                    <form method="post" action="/ui/operator/models/%s/activate"><button type="submit">%s</button></form>"""
                    .formatted(Html.seg(v), servedAt >= 0 && i < servedAt ? "Roll back to " + Html.esc(v) : "Activate " + Html.esc(v));
            rows.append("""
                    <tr><th scope="row">%s</th><td>%s</td>
                    <td><details><summary>manifest</summary><pre>%s</pre></details></td></tr>"""
                    .formatted(Html.esc(v), action, Html.esc(json(models.source().manifest(v)))));
        }
        String error = models.lastError() == null ? "" : "<p class=\"notice\">Last load error: " + Html.esc(models.lastError()) + "</p>";
        return """
                <section class="panel" aria-labelledby="models-title"><h2 id="models-title">Model versions</h2>%s
                <table class="models"><thead><tr><th scope="col">version</th><th scope="col">state</th><th scope="col">manifest</th></tr></thead>
                <tbody>%s</tbody></table></section>""".formatted(error, rows.length() == 0 ? "<tr><td colspan=\"3\">No model versions yet: run encore train.</td></tr>" : rows);
    }

    private String stats() {
        StringBuilder b = new StringBuilder();
        store.stats().counts().forEach((k, v) -> b.append("<div><dt>").append(Html.esc(k.replace('_', ' '))).append("</dt><dd>")
                .append(String.format(java.util.Locale.ROOT, "%,d", v)).append("</dd></div>"));
        Map<String, Long> nonZero = new java.util.LinkedHashMap<>();
        store.stats().counts().forEach((k, v) -> {
            if (v > 0) nonZero.put(k.replace('_', ' '), v);
        });
        String chart = """
                <div class="chart"><canvas id="stats-chart" role="img" aria-label="Bar chart of the data counts listed above"
                  data-labels="%s" data-values="%s"></canvas></div>""".formatted(Html.esc(jsonOf(nonZero.keySet())), Html.esc(jsonOf(nonZero.values())));
        return "<section class=\"panel\" aria-labelledby=\"stats-title\"><h2 id=\"stats-title\">Data</h2><dl class=\"stats\">" + b + "</dl>"
                + chart + "</section>";
    }

    private String ingest() {
        Map<String, Double> counts = new TreeMap<>();
        for (Counter c : metrics.registry().find("encore.ingest.events").counters())
            counts.merge(c.getId().getTag("channel") + " · " + c.getId().getTag("outcome"), c.count(), Double::sum);
        StringBuilder b = new StringBuilder();
        counts.forEach((k, v) -> b.append("<div><dt>").append(Html.esc(k)).append("</dt><dd>")
                .append(String.format(java.util.Locale.ROOT, "%,.0f", v)).append("</dd></div>"));
        return "<section class=\"panel\" aria-labelledby=\"ingest-title\"><h2 id=\"ingest-title\">Ingest</h2>"
                + "<p id=\"ingest-rate\" hx-get=\"/ui/operator/ingest-rate\" hx-trigger=\"load\" hx-swap=\"outerHTML\">Measuring the ingest rate…</p>"
                + (counts.isEmpty() ? "<p class=\"empty\">No events received since the server started.</p>" : "<dl class=\"stats\" id=\"ingest\">" + b + "</dl>")
                + "</section>";
    }

    private static String jsonOf(Object value) {
        try {
            return PRETTY.copy().disable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value + " as JSON", e);
        }
    }

    private static String json(Map<String, Object> manifest) {
        try {
            return PRETTY.writeValueAsString(manifest);
        } catch (JsonProcessingException e) {
            return String.valueOf(manifest);
        }
    }
}
