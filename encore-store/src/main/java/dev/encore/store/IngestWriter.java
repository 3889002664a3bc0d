package dev.encore.store;

import dev.encore.core.domain.Feedback;
import dev.encore.core.domain.ListenEvent;

import java.util.ArrayList;
import java.util.List;

/**
 * Synchronous ingest for the server: one transaction that settles pending listens, then inserts the batch
 * straight into the user-ordered table so each record's novelty is known when the call returns. Costs more per
 * listen than a {@link StoreSink} (random users touch random pages) and suits request-sized batches.
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
        return db.write("ingest " + listens.size() + " listens and " + feedback.size() + " feedback", c -> {
            log.settle(); // inside the write lock: nothing can be appended between the merge and our inserts
            List<ListenEvent> newListens = new ArrayList<>();
            List<Feedback> newFeedback = new ArrayList<>();
            if (!listens.isEmpty()) {
                boolean[] fresh = activity.listensDirect(listens);
                for (int i = 0; i < fresh.length; i++) if (fresh[i]) newListens.add(listens.get(i));
                PendingPlays plays = new PendingPlays();
                plays.add(newListens);
                plays.applyTo(db);
            }
            if (!feedback.isEmpty()) {
                boolean[] fresh = activity.feedback(feedback);
                for (int i = 0; i < fresh.length; i++) if (fresh[i]) newFeedback.add(feedback.get(i));
            }
            int duplicates = listens.size() + feedback.size() - newListens.size() - newFeedback.size();
            return new Ingested(newListens, newFeedback, duplicates);
        });
    }
}
