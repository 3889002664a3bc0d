package dev.encore.server.events;

import dev.encore.core.domain.Artist;
import dev.encore.core.domain.Feedback;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.Track;
import dev.encore.core.matrix.ConfidenceWeighting;
import dev.encore.server.http.HttpMetrics;
import dev.encore.server.serving.UserOverlay;

import java.io.IOException;
import java.util.List;

/**
 * The one path events take into Encore: durable write first (the caller answers 2xx only after it), then the
 * real-time overlay, so a listen changes that user's recommendations on the next request. Duplicates reach
 * neither the log nor the overlay.
 */
public final class EventIngest {
    private final EventSink sink;
    private final UserOverlay overlay;
    private final ConfidenceWeighting weighting;
    private final HttpMetrics metrics;
    private volatile java.util.function.Consumer<ListenEvent> playObserver = e -> { };

    public EventIngest(EventSink sink, UserOverlay overlay, ConfidenceWeighting weighting, HttpMetrics metrics) {
        this.sink = sink;
        this.overlay = overlay;
        this.weighting = weighting;
        this.metrics = metrics;
    }

    public EventSink.Written ingest(String channel, List<ListenEvent> listens, List<Feedback> feedback) throws IOException {
        return ingest(channel, List.of(), List.of(), listens, feedback);
    }

    /** As above, creating the catalog entries the listens name first, in the same group commit. */
    public EventSink.Written ingest(String channel, List<Artist> artists, List<Track> tracks, List<ListenEvent> listens,
                                    List<Feedback> feedback) throws IOException {
        EventSink.Written w = sink.write(artists, tracks, listens, feedback);
        for (ListenEvent e : w.newListens()) overlay.add(e.userId(), e.itemId(), weighting.playWeight(e.msPlayed(), -1, e.skipped()));
        for (ListenEvent e : w.newListens()) {
            try {
                playObserver.accept(e);
            } catch (RuntimeException ex) {   // the listens are stored; an observer's trouble must not fail the request
                org.slf4j.LoggerFactory.getLogger(EventIngest.class).warn("play observer failed on {}: {}", e, ex.getMessage());
            }
        }
        for (Feedback f : w.newFeedback()) apply(f);
        metrics.ingested(channel, "stored", (long) w.newListens().size() + w.newFeedback().size());
        metrics.ingested(channel, "duplicate", w.duplicates());
        return w;
    }

    /** Sees every newly stored listen after its commit (e.g. Discovery Mode's satisfaction guardrail). */
    public void observePlays(java.util.function.Consumer<ListenEvent> observer) {
        this.playObserver = observer;
    }

    private void apply(Feedback f) {
        switch (f.type()) {
            case BAN, EXCLUDE -> overlay.ban(f.userId(), f.itemId(), f.active());
            case LIKE -> overlay.add(f.userId(), f.itemId(), f.active() ? weighting.like() : -weighting.like());
            case SAVE -> overlay.add(f.userId(), f.itemId(), f.active() ? weighting.save() : -weighting.save());
            case DISLIKE, HIDE -> overlay.add(f.userId(), f.itemId(), f.active() ? weighting.dislike() : -weighting.dislike());
            case FOLLOW -> { /* a graph edge, not a taste signal */ }
        }
    }
}
