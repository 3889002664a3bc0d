package dev.encore.products.prompt;

import java.util.List;
import java.util.Map;

/**
 * What the rule layer took from free text: the constraints it set, tags implied by an activity (half weight), and
 * the words it did not use (stop words removed), which go on to tag mapping.
 */
public record RuleResult(Constraints constraints, Map<String, Double> hintTags, List<String> words) {
    public RuleResult {
        hintTags = Map.copyOf(hintTags);
        words = List.copyOf(words);
    }
}
