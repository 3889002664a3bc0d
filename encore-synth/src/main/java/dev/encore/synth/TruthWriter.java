package dev.encore.synth;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the planted truth of a world under {@code truth/}, for an evaluation oracle:
 * <ul>
 *   <li>{@code user_tastes.csv} — {@code user,cluster,weight}: each listener's taste mixture (weights sum to 1);</li>
 *   <li>{@code track_clusters.csv} — {@code track,cluster}: the one cluster each track belongs to;</li>
 *   <li>{@code track_popularity.csv} — {@code track,weight}: P(track | its cluster) used when sampling plays;</li>
 *   <li>{@code clusters.csv} — {@code cluster,genre}: what each cluster id means.</li>
 * </ul>
 * An oracle score for (user, track) is {@code weight(user, cluster(track)) * popularity(track)}; listeners also
 * stray outside their clusters 5–20% of the time, and replay favourites, which the oracle does not model.
 */
final class TruthWriter {
    private TruthWriter() {}

    static void write(Path outDir, Listener[] listeners, WorldCatalog cat) throws IOException {
        Path dir = outDir.resolve("truth");
        Files.createDirectories(dir);
        try (BufferedWriter w = open(dir.resolve("clusters.csv"))) {
            w.write("cluster,genre\n");
            for (int c = 0; c < Genres.count(); c++) w.write(c + "," + Genres.ALL.get(c).name() + "\n");
        }
        try (BufferedWriter w = open(dir.resolve("user_tastes.csv"))) {
            w.write("user,cluster,weight\n");
            StringBuilder sb = new StringBuilder(64);
            for (Listener u : listeners) {
                for (int i = 0; i < u.clusters.length; i++) {
                    sb.setLength(0);
                    sb.append(u.id).append(',').append(u.clusters[i]).append(',').append(round(u.weights[i])).append('\n');
                    w.append(sb);
                }
            }
        }
        try (BufferedWriter clusters = open(dir.resolve("track_clusters.csv"));
             BufferedWriter popularity = open(dir.resolve("track_popularity.csv"))) {
            clusters.write("track,cluster\n");
            popularity.write("track,weight\n");
            for (int t = 0; t < cat.tracks(); t++) {
                clusters.write(cat.trackIds[t] + "," + cat.trackCluster[t] + "\n");
                popularity.write(cat.trackIds[t] + "," + String.format(java.util.Locale.ROOT, "%.9g", cat.trackPopularity[t]) + "\n");
            }
        }
    }

    /** Six decimals: enough for an oracle, and the text is stable across JDKs (unlike shortest-repr printing). */
    private static String round(double v) {
        return String.format(java.util.Locale.ROOT, "%.6f", v);
    }

    private static BufferedWriter open(Path p) throws IOException {
        return Files.newBufferedWriter(p, StandardCharsets.UTF_8);
    }
}
