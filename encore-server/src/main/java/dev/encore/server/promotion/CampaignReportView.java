package dev.encore.server.promotion;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.encore.core.domain.Campaign;
import dev.encore.core.domain.CampaignStatus;
import dev.encore.products.promotion.CampaignReport;
import dev.encore.products.promotion.Eligibility;
import dev.encore.products.promotion.Estimate;
import dev.encore.server.ui.Html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One campaign's page body: status, eligibility of each track with reasons, and the report with its daily lift chart. */
final class CampaignReportView {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CampaignReportView() {}

    static String render(Campaign c, CampaignStatus status, String throttled, List<Eligibility> eligibility, CampaignReport r) {
        String action = status == CampaignStatus.ENDED ? "" : """
                <form method="post" action="/ui/console/campaigns/%s/%s"><button type="submit">%s</button></form>"""
                .formatted(Html.seg(c.id()), status == CampaignStatus.ACTIVE ? "pause" : "resume", status == CampaignStatus.ACTIVE ? "Pause" : "Resume");
        String warn = throttled == null ? "" : "<p class=\"error\" role=\"alert\" id=\"throttled\">Throttled by the listener-satisfaction guardrail: "
                + Html.esc(throttled) + ".</p>";
        return """
                <section class="detail"><div><p class="kind">Campaign · <a href="/ui/console/campaigns">all campaigns</a></p><h1>%s</h1>
                <p id="campaign-status">%s · %s to %s · commission %s · goal %s promoted slots</p>%s%s</div></section>
                %s%s%s""".formatted(Html.esc(c.name()), status.wire(), c.start().toString().substring(0, 10), c.end().toString().substring(0, 10),
                pct(c.commissionRate()), num(c.impressionGoal()), action, warn, figures(r), daily(r), tracks(eligibility));
    }

    private static String figures(CampaignReport r) {
        return """
                <section class="panel" aria-labelledby="report-title"><h2 id="report-title">Report</h2>
                <dl class="stats" id="figures"><div><dt>promoted slots</dt><dd>%s</dd></div><div><dt>promoted streams</dt><dd>%s</dd></div>
                <div><dt>saves</dt><dd>%s</dd></div><div><dt>skip rate (organic)</dt><dd>%s (%s)</dd></div>
                <div><dt>incremental streams</dt><dd id="lift">%s</dd></div><div><dt>incremental new listeners</dt><dd>%s</dd></div></dl>
                <p class="help">Incremental figures compare listeners who can see promotion with the randomly held-out 5%% who never do
                (difference of means, 95%% confidence interval).</p></section>"""
                .formatted(num(r.impressions()), num(r.promotedStreams()), num(r.saves()), rate(r.skipRate()), rate(r.organicSkipRate()),
                        ci(r.incrementalStreams()), ci(r.incrementalNewListeners()));
    }

    private static String daily(CampaignReport r) {
        if (r.days().isEmpty())
            return "<section class=\"panel\" aria-labelledby=\"daily-title\"><h2 id=\"daily-title\">Day by day</h2><p class=\"empty\">No activity yet.</p></section>";
        List<String> labels = new ArrayList<>();
        List<Double> value = new ArrayList<>(), low = new ArrayList<>(), high = new ArrayList<>();
        StringBuilder rows = new StringBuilder();
        for (CampaignReport.Day d : r.days()) {
            labels.add(d.day().toString());
            value.add(d.incrementalStreams().value());
            low.add(d.incrementalStreams().low());
            high.add(d.incrementalStreams().high());
            rows.append("<tr><th scope=\"row\">").append(d.day()).append("</th><td>").append(num(d.impressions())).append("</td><td>")
                    .append(num(d.promotedStreams())).append("</td><td>").append(rate(d.skipRate())).append("</td><td>")
                    .append(ci(d.incrementalStreams())).append("</td><td>").append(ci(d.incrementalNewListeners())).append("</td></tr>");
        }
        List<Map<String, Object>> series = new ArrayList<>();
        series.add(series("incremental streams", value));
        series.add(series("95% low", low));
        series.add(series("95% high", high));
        return """
                <section class="panel" aria-labelledby="daily-title"><h2 id="daily-title">Day by day</h2>
                <div class="chart"><canvas id="lift-chart" data-chart="line" role="img"
                  aria-label="Line chart of daily incremental streams with 95%% bounds; the same figures are in the table below"
                  data-labels="%s" data-series="%s"></canvas></div>
                <details><summary>Show as a table</summary><div class="scroll"><table id="daily-table"><thead><tr><th scope="col">day</th>
                <th scope="col">promoted slots</th><th scope="col">promoted streams</th><th scope="col">skip rate</th>
                <th scope="col">incremental streams</th><th scope="col">incremental new listeners</th></tr></thead><tbody>%s</tbody></table></div></details></section>"""
                .formatted(Html.esc(json(labels)), Html.esc(json(series)), rows);
    }

    private static Map<String, Object> series(String label, List<Double> data) {
        Map<String, Object> m = new HashMap<>();
        m.put("label", label);
        m.put("data", data);
        return m;
    }

    private static String tracks(List<Eligibility> eligibility) {
        StringBuilder rows = new StringBuilder();
        for (Eligibility e : eligibility)
            rows.append("<tr><th scope=\"row\"><a href=\"/ui/track/").append(Html.seg(e.trackId())).append("\">").append(Html.esc(e.trackId()))
                    .append("</a></th><td>").append(e.eligible() ? "eligible" : "not eligible").append("</td><td>")
                    .append(Html.esc(String.join("; ", e.reasons()))).append("</td></tr>");
        return """
                <section class="panel" aria-labelledby="tracks-title"><h2 id="tracks-title">Tracks</h2>
                <div class="scroll"><table id="eligibility"><thead><tr><th scope="col">track</th><th scope="col">today</th><th scope="col">why not</th></tr></thead>
                <tbody>%s</tbody></table></div></section>""".formatted(rows);
    }

    /** The estimate and its interval as HTML (numbers only, so nothing to escape). */
    static String ci(Estimate e) {
        if (e.low() == null) return String.format(Locale.ROOT, "%,.1f <span class=\"small\">(no interval: holdout too small)</span>", e.value());
        return String.format(Locale.ROOT, "%,.1f [%,.1f, %,.1f]", e.value(), e.low(), e.high());
    }

    private static String rate(Double r) {
        return r == null ? "–" : pct(r);
    }

    private static String pct(double r) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * r);
    }

    private static String num(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String json(Object v) {
        try {
            return JSON.writeValueAsString(v);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write chart data", e);
        }
    }
}
