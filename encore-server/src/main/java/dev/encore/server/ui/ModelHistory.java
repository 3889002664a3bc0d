package dev.encore.server.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.encore.server.serving.ModelHolder;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Training history as the model manifests record it (one successful run per version: when, how long, on how much
 * data) and the versions' evaluation metrics as a chart. Metrics are numbers under the manifest's {@code metrics}
 * (or {@code evaluation}) object, e.g. {@code {"recall@10": 0.31}}; versions without them leave a gap.
 */
final class ModelHistory {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ModelHistory() {}

    static String render(ModelHolder models) throws IOException {
        List<String> versions = models.source().versions();
        if (versions.isEmpty()) return "";
        Map<String, Map<String, Object>> manifests = new LinkedHashMap<>();
        for (String v : versions) manifests.put(v, models.source().manifest(v));
        return runs(manifests) + charts(manifests);
    }

    private static String runs(Map<String, Map<String, Object>> manifests) {
        List<String> rows = new ArrayList<>();
        manifests.forEach((v, m) -> {
            StringBuilder metrics = new StringBuilder();
            metricsOf(m).forEach((k, x) -> metrics.append(metrics.length() == 0 ? "" : " · ").append(Html.esc(k)).append(" ")
                    .append(String.format(Locale.ROOT, "%.4g", x)));
            rows.add(0, "<tr><th scope=\"row\">%s</th><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>".formatted(Html.esc(v),
                    Html.esc(text(m.get("algorithm"))), Html.esc(text(m.get("trainedAt"))),
                    m.get("trainingSeconds") instanceof Number n ? String.format(Locale.ROOT, "%.1f s", n.doubleValue()) : "–",
                    data(m), metrics.length() == 0 ? "–" : metrics));
        });
        return """
                <section class="panel" aria-labelledby="runs-title"><h2 id="runs-title">Training runs</h2>
                <p class="help">One row per published model version, newest first, as its manifest records it.</p>
                <div class="scroll"><table id="runs"><thead><tr><th scope="col">version</th><th scope="col">algorithm</th><th scope="col">trained at</th>
                <th scope="col">duration</th><th scope="col">users × items (interactions)</th><th scope="col">evaluation</th></tr></thead>
                <tbody>%s</tbody></table></div></section>""".formatted(String.join("\n", rows));
    }

    private static String charts(Map<String, Map<String, Object>> manifests) {
        List<String> labels = new ArrayList<>(manifests.keySet());
        Set<String> names = new LinkedHashSet<>();
        manifests.values().forEach(m -> names.addAll(metricsOf(m).keySet()));
        List<Map<String, Object>> series = new ArrayList<>();
        for (String name : names) {
            List<Double> values = new ArrayList<>();
            manifests.values().forEach(m -> values.add(metricsOf(m).get(name)));
            series.add(Map.of("label", name, "data", values));
        }
        List<Double> seconds = new ArrayList<>();
        manifests.values().forEach(m -> seconds.add(m.get("trainingSeconds") instanceof Number n ? n.doubleValue() : null));
        String metricsChart = series.isEmpty()
                ? "<p class=\"empty\" id=\"no-metrics\">No version records evaluation metrics yet (the trainer writes them under <code>metrics</code> in the manifest).</p>"
                : canvas("metrics-chart", "line", "Line chart of each version's evaluation metrics; the figures are in the training runs table", labels, series);
        String durationChart = seconds.stream().allMatch(java.util.Objects::isNull) ? ""
                : "<h3>Training duration (s)</h3>" + canvas("duration-chart", "bar", "Bar chart of training seconds per version; the figures are in the training runs table",
                labels, List.of(Map.of("label", "seconds", "data", seconds)));
        return """
                <section class="panel" aria-labelledby="metrics-title"><h2 id="metrics-title">Evaluation metrics by version</h2>%s%s</section>"""
                .formatted(metricsChart, durationChart);
    }

    private static String canvas(String id, String type, String label, List<String> labels, List<Map<String, Object>> series) {
        return "<div class=\"chart\"><canvas id=\"%s\" data-chart=\"%s\" role=\"img\" aria-label=\"%s\" data-labels=\"%s\" data-series=\"%s\"></canvas></div>"
                .formatted(id, type, Html.esc(label), Html.esc(json(labels)), Html.esc(json(series)));
    }

    /** Numeric entries of the manifest's metrics object, in its order. */
    static Map<String, Double> metricsOf(Map<String, Object> manifest) {
        Object m = manifest.get("metrics") != null ? manifest.get("metrics") : manifest.get("evaluation");
        Map<String, Double> out = new LinkedHashMap<>();
        if (m instanceof Map<?, ?> map) map.forEach((k, v) -> {
            if (v instanceof Number n) out.put(String.valueOf(k), n.doubleValue());
        });
        return out;
    }

    private static String data(Map<String, Object> m) {
        if (!(m.get("users") instanceof Number u) || !(m.get("items") instanceof Number i)) return "–";
        return String.format(Locale.ROOT, "%,d × %,d", u.longValue(), i.longValue())
                + (m.get("nnz") instanceof Number n ? String.format(Locale.ROOT, " (%,d)", n.longValue()) : "");
    }

    private static String text(Object o) {
        return o == null ? "–" : String.valueOf(o);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write chart data as JSON", e);
        }
    }
}
