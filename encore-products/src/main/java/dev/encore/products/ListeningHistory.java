package dev.encore.products;

import dev.encore.core.domain.ListenEvent;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** What products read about what a listener played. The server adapts its event store to this. */
public interface ListeningHistory {
    /** The listener's listens with {@code from <= listenedAt < to}, oldest first. */
    List<ListenEvent> listens(String userId, Instant from, Instant to);

    /** Every track id the listener has ever played (all time, including listens newer than the model). */
    Set<String> heardTracks(String userId);
}
