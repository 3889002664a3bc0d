package dev.encore.products.promotion;

import java.util.OptionalDouble;

/**
 * Relevance of a track for a listener on the same scale as the organic candidates' relevance (the model score
 * the caller ranked by). Empty when the model cannot score the pair; such tracks are never promoted.
 */
@FunctionalInterface
public interface Relevance {
    OptionalDouble of(String listenerId, String trackId);
}
