package dev.encore.server.events;

import dev.encore.core.domain.Artist;
import dev.encore.core.domain.Feedback;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.Track;
import dev.encore.store.EncoreStore;
import dev.encore.store.Ingested;
import dev.encore.store.StoreException;

import java.io.IOException;
import java.util.List;

/** Writes ingest batches through {@link EncoreStore#ingest}: one transaction, committed before it returns. */
public final class StoreEventSink implements EventSink {
    private final EncoreStore store;

    public StoreEventSink(EncoreStore store) {
        this.store = store;
    }

    @Override
    public Written write(List<ListenEvent> listens, List<Feedback> feedback) throws IOException {
        try {
            Ingested in = store.ingest(listens, feedback);
            return new Written(in.newListens(), in.newFeedback(), in.duplicates());
        } catch (StoreException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public Written write(List<Artist> artists, List<Track> tracks, List<ListenEvent> listens, List<Feedback> feedback) throws IOException {
        try {
            if (!artists.isEmpty() || !tracks.isEmpty()) store.write(sink -> {
                artists.forEach(sink::artist);
                tracks.forEach(sink::track);
            });
        } catch (StoreException e) {
            throw new IOException(e.getMessage(), e);
        }
        return write(listens, feedback);
    }

    @Override
    public void close() {
        // the store is owned and closed by the server
    }
}
