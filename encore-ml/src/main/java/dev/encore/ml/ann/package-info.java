/**
 * Approximate nearest-neighbour search over item factors: a purpose-built HNSW ({@link dev.encore.ml.ann.AnnIndex}
 * is the public face) whose parallel build is deterministic for a seed, with recall against exact search recorded
 * in the saved manifest.
 */
package dev.encore.ml.ann;
