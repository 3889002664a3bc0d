/**
 * Dense float32 kernels shared by ALS, top-K and ANN ({@link dev.encore.ml.linalg.Kernels}: SIMD through the
 * incubator Vector API when the JVM has {@code --add-modules jdk.incubator.vector}, plain Java otherwise), a
 * deterministic Gram matrix, a small Cholesky solver and the worker pool the trainers share.
 */
package dev.encore.ml.linalg;
