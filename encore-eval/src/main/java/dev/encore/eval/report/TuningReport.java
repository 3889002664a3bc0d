package dev.encore.eval.report;

import dev.encore.eval.tune.Tuner;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a tuning run leaves behind: {@code tuning.csv} (one row per trial: index, validation score, seconds, params),
 * {@code tuning_curve.png} (each trial's validation score and the best so far), and the final test run's report.
 */
public final class TuningReport {
    private TuningReport() {}

    public static List<Path> write(Tuner.Result r, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>(Report.write(r.finalRun(), dir));
        StringBuilder csv = new StringBuilder("trial,validation_" + r.target().replace('@', '_') + ",seconds,params\n");
        for (Tuner.Trial t : r.trials()) {
            csv.append(String.format(Locale.ROOT, "%d,%.6f,%.2f,\"%s\"%n", t.index(), t.score(), t.seconds(), format(t.params())));
        }
        Path table = dir.resolve("tuning.csv");
        Files.writeString(table, csv);
        files.add(table);
        files.add(curve(r, dir.resolve("tuning_curve.png")));
        return files;
    }

    /** Params as the command line takes them, names sorted: {@code alpha=4.47,factors=183}. */
    public static String format(dev.encore.ml.Params p) {
        StringBuilder b = new StringBuilder();
        new java.util.TreeMap<>(p.values()).forEach((k, v) -> b.append(b.length() == 0 ? "" : ",").append(k).append('=').append(v));
        return b.toString();
    }

    private static Path curve(Tuner.Result r, Path file) throws IOException {
        System.setProperty("java.awt.headless", "true");
        XYChart chart = new XYChartBuilder().width(720).height(480).title("tuning: validation " + r.target() + " per trial")
                .xAxisTitle("trial").yAxisTitle(r.target()).build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideSE);
        double[] x = new double[r.trials().size()], y = new double[x.length], best = new double[x.length];
        double top = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
            y[i] = r.trials().get(i).score();
            top = Double.isNaN(y[i]) ? top : Math.max(top, y[i]);
            best[i] = top;
        }
        chart.addSeries("trial", x, y).setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter).setMarker(SeriesMarkers.CIRCLE);
        chart.addSeries("best so far", x, best).setMarker(SeriesMarkers.NONE);
        BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
        return file;
    }
}
