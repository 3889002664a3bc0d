package dev.encore.ml.popularity;

import dev.encore.core.matrix.InteractionMatrix;
import dev.encore.ml.Model;
import dev.encore.ml.Params;
import dev.encore.ml.Recommender;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Popularity charts (name {@code "popularity"}): the global chart by distinct listeners, ties by total weight;
 * with {@link #byCountry} a chart per country as well. Time-decayed "trending" charts need timestamps the matrix
 * does not carry: build them with {@link TrendingPopularity}; {@link #load} reads all three variants.
 */
public final class PopularityRecommender implements Recommender {
    public static final String NAME = "popularity";
    private final String[] countryOfUser;

    /** The global chart. */
    public PopularityRecommender() {
        this(null);
    }

    private PopularityRecommender(String[] countryOfUser) {
        this.countryOfUser = countryOfUser;
    }

    /**
     * Per-country charts: {@code countryOfUser[u]} is the country code (e.g. "SE") of dense user {@code u}, null when
     * unknown; one entry per row of the matrix passed to {@link #fit}.
     */
    public static PopularityRecommender byCountry(String[] countryOfUser) {
        if (countryOfUser == null) throw new IllegalArgumentException("countryOfUser is null: pass one country code (or null) per dense user");
        return new PopularityRecommender(countryOfUser.clone());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Model fit(InteractionMatrix m, Params params) {
        int[] listeners = m.columnCounts();
        double[] primary = new double[m.cols()];
        double[] weight = new double[m.cols()];
        for (int i = 0; i < m.cols(); i++) primary[i] = listeners[i];
        for (int p = 0; p < m.nnz(); p++) weight[m.indices()[p]] += m.values()[p];
        int[] items = Ranking.identity(m.cols());
        int[] order = Ranking.order(0, m.cols(), primary, weight, items);
        float[] score = new float[m.cols()];
        for (int i = 0; i < score.length; i++) score[i] = listeners[i];
        if (countryOfUser == null) return new PopularityModel(PopularityModel.Variant.GLOBAL, m.rows(), score, order, null, params);
        CountryRanking countries = CountryRanking.build(m, countryOfUser, listeners);
        return new PopularityModel(PopularityModel.Variant.COUNTRY, m.rows(), score, order, countries, params);
    }

    @Override
    public Model load(Path dir) throws IOException {
        return PopularityModel.load(dir);
    }
}
