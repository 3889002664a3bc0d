package dev.encore.products.prompt;

import java.util.List;
import java.util.Map;

/** Maps the words the rule layer left onto the catalog's tag vocabulary. */
public interface TagMapper {
    /** @return normalised tag → weight in (0, 1], strongest first; words it cannot place are simply not mapped */
    Mapping map(List<String> words, PromptIndex index);

    /** The tags found, the words that found none, and which path produced them ("lexical", "embedding+lexical"). */
    record Mapping(Map<String, Double> tags, List<String> unmatched, String path) {
        public Mapping {
            tags = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tags));
            unmatched = List.copyOf(unmatched);
        }
    }
}
