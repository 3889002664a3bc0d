package dev.encore.products.prompt;

import java.util.List;

/**
 * A prompt split by {@link PromptParser}: the structured terms in order, the mode if one was given, and the free
 * text left over (structured parts blanked out, so the rule layer still sees word boundaries).
 */
public record Structured(List<Term> terms, Mode mode, String freeText) {
    public Structured {
        terms = List.copyOf(terms);
    }

    public enum Kind { ARTIST, TAG, STATS, RECS }

    /** One structured term: {@code value} as written (an artist name, a tag, a user), its weight and where it starts. */
    public record Term(Kind kind, String value, double weight, int position) {}

    public boolean isEmpty() {
        return terms.isEmpty() && mode == null;
    }
}
