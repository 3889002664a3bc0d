package dev.encore.eval.report;

import dev.encore.eval.metrics.Metric;
import dev.encore.eval.run.EvaluationResult;
import dev.encore.eval.run.ModelResult;
import dev.encore.eval.stats.Estimate;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * PNG charts with XChart (headless): one "metric vs K" line chart per accuracy metric with a line per model, and
 * a recall-vs-coverage scatter at the largest K (the accuracy/coverage trade-off at a glance). Points whose value
 * is undefined (no qualifying user) are left out.
 */
public final class Charts {
    private static final List<Metric> PLOTTED = List.of(Metric.RECALL, Metric.PRECISION, Metric.NDCG, Metric.MAP, Metric.MRR, Metric.HIT_RATE);

    private Charts() {}

    /** Writes the charts into {@code dir} and returns the files written. */
    public static List<Path> write(EvaluationResult r, Path dir) throws IOException {
        System.setProperty("java.awt.headless", "true");
        List<Path> files = new ArrayList<>();
        for (Metric m : PLOTTED) {
            XYChart chart = new XYChartBuilder().width(720).height(480).title(m.key() + " vs K")
                    .xAxisTitle("K").yAxisTitle(m.key()).build();
            chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
            boolean any = false;
            for (ModelResult mr : r.models()) {
                List<Double> xs = new ArrayList<>(), ys = new ArrayList<>();
                for (int k : r.ks()) {
                    Estimate e = mr.metrics().get(m.label(k));
                    if (e == null || !Double.isFinite(e.value())) continue;
                    xs.add((double) k);
                    ys.add(e.value());
                }
                if (xs.isEmpty()) continue;
                chart.addSeries(mr.name(), xs, ys).setMarker(SeriesMarkers.CIRCLE);
                any = true;
            }
            if (any) files.add(save(chart, dir.resolve(m.key() + "_vs_k.png")));
        }
        int k = r.ks()[r.ks().length - 1];
        XYChart scatter = new XYChartBuilder().width(720).height(480).title("recall@" + k + " vs coverage@" + k)
                .xAxisTitle("catalog coverage@" + k).yAxisTitle("recall@" + k).build();
        scatter.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        scatter.getStyler().setMarkerSize(12);
        boolean any = false;
        for (ModelResult mr : r.models()) {
            Estimate rec = mr.metrics().get(Metric.RECALL.label(k)), cov = mr.metrics().get("coverage@" + k);
            if (rec == null || cov == null || !Double.isFinite(rec.value()) || !Double.isFinite(cov.value())) continue;
            scatter.addSeries(mr.name(), new double[] {cov.value()}, new double[] {rec.value()});
            any = true;
        }
        if (any) files.add(save(scatter, dir.resolve("recall_vs_coverage.png")));
        return files;
    }

    private static Path save(XYChart chart, Path file) throws IOException {
        BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
        return file;
    }
}
