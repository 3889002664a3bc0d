/**
 * Benchmarks behind {@code encore bench als|topk|ann} ({@link dev.encore.ml.bench.AlsBench},
 * {@link dev.encore.ml.bench.TopKBench}, {@link dev.encore.ml.bench.AnnBench}) and the seeded synthetic data they
 * run on ({@link dev.encore.ml.bench.SyntheticMatrix}, {@link dev.encore.ml.bench.SyntheticFactors}). Results and
 * commands: bench/RESULTS.md.
 */
package dev.encore.ml.bench;
