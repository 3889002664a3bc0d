package dev.encore.store;

import dev.encore.core.domain.Feedback;
import dev.encore.core.domain.ListenEvent;

import java.util.ArrayList;
import java.util.List;

/**
 * Synchronous ingest for the server: one transaction that appends the new listens as a waiting batch (telling
 * them from duplicates as {@link ListenLog#appendNew} does) and upserts feedback, so each record's novelty is known
 * when the call returns; enough waiting listens start a background merge.
 */
final class IngestWriter {
    private final Database db;
    private final ListenLog log;
    private final ActivityWriter activity;

    IngestWriter(Database db, ListenLog log) {
        this.db = db;
        this.log = log;
        this.activity = new ActivityWriter(db);
    }

    Ingested ingest(List<ListenEvent> listens, List<Feedback> feedback) {
        Ingested result = db.write("ingest " + listens.size() + " listens and " + feedback.size() + " feedback", c -> {
            List<ListenEvent> newListens = listens.isEmpty() ? List.of() : log.appendNew(listens);
            List<Feedback> newFeedback = new ArrayList<>();
            if (!feedback.isEmpty()) {
                boolean[] fresh = activity.feedback(feedback);
                for (int i = 0; i < fresh.length; i++) if (fresh[i]) newFeedback.add(feedback.get(i));
            }
            int duplicates = listens.size() + feedback.size() - newListens.size() - newFeedback.size();
            return new Ingested(newListens, newFeedback, duplicates);
        });
        log.mergeSoon(db.options().mergeThreshold());
        return result;
    }
}
