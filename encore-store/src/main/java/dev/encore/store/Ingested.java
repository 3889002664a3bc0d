package dev.encore.store;

import dev.encore.core.domain.Feedback;
import dev.encore.core.domain.ListenEvent;

import java.util.List;

/**
 * The outcome of {@link EncoreStore#ingest}: the listens and feedback that changed the store, in input order,
 * and how many records were duplicates (or feedback older than what is stored) and so changed nothing.
 */
public record Ingested(List<ListenEvent> newListens, List<Feedback> newFeedback, int duplicates) {
    public Ingested {
        newListens = List.copyOf(newListens);
        newFeedback = List.copyOf(newFeedback);
    }
}
