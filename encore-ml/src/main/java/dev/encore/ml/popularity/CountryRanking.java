package dev.encore.ml.popularity;

import dev.encore.core.matrix.InteractionMatrix;
import dev.encore.core.matrix.MatrixBuilder;
import dev.encore.ml.snapshot.Snapshot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-country charts: for each country, the items its listeners played, best first. An entry's score is
 * {@code countryListeners + globalListeners / (users + 1)}: the fraction (always below 1) breaks ties by global
 * popularity and lets items nobody in the country played follow in global order with a score below every
 * country entry, so one listing stays sorted by score.
 */
final class CountryRanking {
    final String[] names;       // dense country index -> code as given
    final int[] userCountry;    // user -> dense country index, -1 when unknown
    final int[] ptr;            // country c's entries are [ptr[c], ptr[c+1])
    final int[] items;
    final float[] scores;

    CountryRanking(String[] names, int[] userCountry, int[] ptr, int[] items, float[] scores) {
        this.names = names;
        this.userCountry = userCountry;
        this.ptr = ptr;
        this.items = items;
        this.scores = scores;
    }

    /** Builds the charts; {@code countryOfUser[u]} is user u's country code, null or blank when unknown. */
    static CountryRanking build(InteractionMatrix m, String[] countryOfUser, int[] globalListeners) {
        if (countryOfUser.length != m.rows())
            throw new IllegalArgumentException("country array has " + countryOfUser.length + " entries but the matrix has "
                    + m.rows() + " users: pass one country (or null) per dense user index");
        Map<String, Integer> index = new HashMap<>();
        int[] userCountry = new int[m.rows()];
        for (int u = 0; u < m.rows(); u++) {
            String c = countryOfUser[u];
            userCountry[u] = c == null || c.isBlank() ? -1 : index.computeIfAbsent(c.trim(), k -> index.size());
        }
        String[] names = new String[index.size()];
        index.forEach((name, i) -> names[i] = name);
        MatrixBuilder listeners = new MatrixBuilder(m.nnz());
        MatrixBuilder weights = new MatrixBuilder(m.nnz());
        for (int u = 0; u < m.rows(); u++) {
            if (userCountry[u] < 0) continue;
            for (int p = m.rowStart(u); p < m.rowEnd(u); p++) {
                listeners.add(userCountry[u], m.indices()[p], 1f);
                weights.add(userCountry[u], m.indices()[p], m.values()[p]);
            }
        }
        InteractionMatrix cl = listeners.build(names.length, m.cols(), false);
        InteractionMatrix cw = weights.build(names.length, m.cols(), false);
        int n = cl.nnz();
        double[] primary = new double[n];
        double[] secondary = new double[n];
        for (int p = 0; p < n; p++) {
            primary[p] = cl.values()[p] + globalListeners[cl.indices()[p]] / (m.rows() + 1.0);
            secondary[p] = cw.values()[p];
        }
        int[] items = new int[n];
        float[] scores = new float[n];
        for (int c = 0; c < names.length; c++) {
            int[] sorted = Ranking.order(cl.rowStart(c), cl.rowEnd(c), primary, secondary, cl.indices());
            for (int j = 0; j < sorted.length; j++) {
                items[cl.rowStart(c) + j] = cl.indices()[sorted[j]];
                scores[cl.rowStart(c) + j] = (float) primary[sorted[j]];
            }
        }
        return new CountryRanking(names, userCountry, cl.indptr().clone(), items, scores);
    }

    int countryOf(int user) {
        return user >= 0 && user < userCountry.length ? userCountry[user] : -1;
    }

    void save(Path dir) throws IOException {
        Snapshot.writeInts(dir, "userCountry", userCountry);
        Snapshot.writeInts(dir, "countryPtr", ptr);
        Snapshot.writeInts(dir, "countryItems", items);
        Snapshot.writeFloats(dir, "countryScores", scores);
    }

    static CountryRanking load(Path dir, List<String> names) throws IOException {
        return new CountryRanking(names.toArray(String[]::new), Snapshot.readInts(dir, "userCountry"),
                Snapshot.readInts(dir, "countryPtr"), Snapshot.readInts(dir, "countryItems"),
                Snapshot.readFloats(dir, "countryScores"));
    }
}
