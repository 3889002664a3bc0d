package dev.encore.bench;

import dev.encore.core.matrix.InteractionMatrix;
import dev.encore.ml.als.AlsParams;
import dev.encore.ml.als.AlsRecommender;
import dev.encore.ml.bench.SyntheticMatrix;
import org.apache.spark.ml.recommendation.ALS;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Encore's implicit ALS and Spark MLlib's ALS (implicitPrefs) on the same seeded power-law matrix, rank,
 * iterations, alpha and thread count, in one JVM run; prints seconds per iteration for both and the ratio.
 * Spark's time per iteration is (fit with 1 + N iterations − fit with 1 iteration) / N, so its set-up is not
 * counted against it. Note: Spark scales regParam by each row's count (ALS-WR), Encore does not (as implicit).
 * Args: users items nnz rank iterations threads [seed].
 */
public final class AlsVsSpark {
    public static void main(String[] args) {
        int users = Integer.parseInt(args[0]), items = Integer.parseInt(args[1]);
        long nnz = Long.parseLong(args[2]);
        int rank = Integer.parseInt(args[3]), iterations = Integer.parseInt(args[4]), threads = Integer.parseInt(args[5]);
        long seed = args.length > 6 ? Long.parseLong(args[6]) : 42;
        double reg = 0.01, alpha = 10;

        InteractionMatrix m = SyntheticMatrix.powerLaw(users, items, nnz, seed);
        System.err.printf(Locale.ROOT, "matrix: %d x %d, nnz=%d%n", m.rows(), m.cols(), m.nnz());

        List<Double> perIter = new ArrayList<>();
        new AlsRecommender().fit(m, new AlsParams(rank, reg, alpha, iterations, 3, threads, seed, false),
                (i, secs, loss) -> perIter.add(secs));
        double encore = median(perIter);
        System.out.printf(Locale.ROOT, "{\"engine\":\"encore\",\"rank\":%d,\"threads\":%d,\"iterations\":%d,\"median_s_per_iter\":%.3f,\"per_iter\":%s}%n",
                rank, threads, iterations, encore, perIter);

        double spark = sparkSecondsPerIteration(m, rank, iterations, threads, reg, alpha, seed);
        System.out.printf(Locale.ROOT, "{\"engine\":\"spark-mllib-3.5\",\"rank\":%d,\"threads\":%d,\"iterations\":%d,\"s_per_iter\":%.3f}%n",
                rank, threads, iterations, spark);
        System.out.printf(Locale.ROOT, "als: encore %.3f s/iter, spark %.3f s/iter, spark/encore = %.1fx%n", encore, spark, spark / encore);
    }

    private static double sparkSecondsPerIteration(InteractionMatrix m, int rank, int iterations, int threads,
                                                   double reg, double alpha, long seed) {
        SparkSession spark = SparkSession.builder().master("local[" + threads + "]").appName("encore-als-vs-spark")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", String.valueOf(threads * 2))
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        try {
            List<Row> rows = new ArrayList<>(m.nnz());
            for (int u = 0; u < m.rows(); u++)
                for (int p = m.rowStart(u); p < m.rowEnd(u); p++) rows.add(RowFactory.create(u, m.indices()[p], m.values()[p]));
            StructType schema = new StructType().add("user", DataTypes.IntegerType).add("item", DataTypes.IntegerType)
                    .add("rating", DataTypes.FloatType);
            Dataset<Row> df = spark.createDataFrame(rows, schema).repartition(threads * 2).cache();
            rows = null;
            df.count();
            double one = timeFit(df, rank, 1, reg, alpha, seed);
            double many = timeFit(df, rank, 1 + iterations, reg, alpha, seed);
            return (many - one) / iterations;
        } finally {
            spark.stop();
        }
    }

    private static double timeFit(Dataset<Row> df, int rank, int iters, double reg, double alpha, long seed) {
        ALS als = new ALS().setImplicitPrefs(true).setRank(rank).setMaxIter(iters).setRegParam(reg).setAlpha(alpha)
                .setUserCol("user").setItemCol("item").setRatingCol("rating").setSeed(seed);
        long t0 = System.nanoTime();
        var model = als.fit(df);
        model.userFactors().count();
        model.itemFactors().count();
        double secs = (System.nanoTime() - t0) / 1e9;
        System.err.printf(Locale.ROOT, "spark fit with %d iterations: %.2f s%n", iters, secs);
        return secs;
    }

    private static double median(List<Double> xs) {
        double[] a = xs.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        return a.length == 0 ? Double.NaN : a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
    }
}
