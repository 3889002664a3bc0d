/**
 * Exact top-K: {@link dev.encore.ml.topk.TopK} (bounded heap, ties to the smaller index) and
 * {@link dev.encore.ml.topk.FactorScanner} (inner product or cosine over a factor matrix, scanning a bfloat16 copy
 * with a proven error bound and rescoring the survivors in float32, so the answer equals a full sort).
 */
package dev.encore.ml.topk;
