/**
 * Implicit-feedback ALS (Hu, Koren &amp; Volinsky 2008) with the conjugate-gradient row solver of Takács et al.
 * (2011). Entry points: {@link dev.encore.ml.als.AlsRecommender} (the {@code Recommender}, name "als"),
 * {@link dev.encore.ml.als.AlsTrainer} (factors only, with per-iteration loss and timings) and
 * {@link dev.encore.ml.als.AlsModel} (exact top-K, fold-in of new users, explanations, snapshots). Training is
 * deterministic for a seed whatever the thread count. Runs fastest with {@code --add-modules jdk.incubator.vector}
 * (see {@link dev.encore.ml.linalg.Kernels}).
 */
package dev.encore.ml.als;
