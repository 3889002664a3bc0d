package dev.encore.app.engine;

import java.util.List;

/** One recommended item with its score and reason: the source algorithm and the listener's items behind it. */
public record Recommendation(String itemId, float score, String source, List<String> because) {}
