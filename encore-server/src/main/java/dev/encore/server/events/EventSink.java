package dev.encore.server.events;

import dev.encore.core.domain.Artist;
import dev.encore.core.domain.Feedback;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.Track;

import java.io.IOException;
import java.util.List;

/**
 * Durable event storage for ingest: {@link #write} returns only after the events are committed to disk, and ignores
 * duplicates (same user, item and timestamp). The batch is written in one transaction: all or nothing.
 */
public interface EventSink extends AutoCloseable {
    Written write(List<ListenEvent> listens, List<Feedback> feedback) throws IOException;

    /** As above, first creating catalog entries the events refer to (scrobbles of tracks never seen before). */
    Written write(List<Artist> artists, List<Track> tracks, List<ListenEvent> listens, List<Feedback> feedback) throws IOException;

    /** What was new: the listens and feedback actually stored (duplicates left out). */
    record Written(List<ListenEvent> newListens, List<Feedback> newFeedback, int duplicates) {}

    @Override
    void close() throws IOException;
}
