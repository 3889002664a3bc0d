package dev.encore.products.radio;

import dev.encore.core.domain.Track;
import dev.encore.products.Catalog;
import dev.encore.products.ListeningHistory;
import dev.encore.products.TasteControls;
import dev.encore.products.TasteModel;
import dev.encore.products.candidates.ListenerContext;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Opens radio sessions on the current model and keeps them by id (for the HTTP API: open, next, feedback). One
 * instance per model bundle; sessions live until {@link #close}d. Thread-safe.
 */
public final class Radio {
    private final TasteModel taste;
    private final Catalog catalog;
    private final ListeningHistory history;
    private final TasteControls.Source controls;
    private final FactorSpace space;
    private final Map<String, RadioSession> sessions = new ConcurrentHashMap<>();

    /** Default smoothness: 0.3 of cosine similarity per unit of audio distance (see {@link RadioSession}). */
    public static final double SMOOTHNESS = 0.3;
    private final double smoothness;

    public Radio(TasteModel taste, Catalog catalog, ListeningHistory history, TasteControls.Source controls) {
        this(taste, catalog, history, controls, SMOOTHNESS);
    }

    public Radio(TasteModel taste, Catalog catalog, ListeningHistory history, TasteControls.Source controls, double smoothness) {
        if (!(smoothness >= 0 && Double.isFinite(smoothness)))
            throw new IllegalArgumentException("smoothness must be a finite number >= 0, got " + smoothness);
        this.smoothness = smoothness;
        this.taste = Objects.requireNonNull(taste, "taste");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.history = Objects.requireNonNull(history, "history");
        this.controls = Objects.requireNonNull(controls, "controls");
        this.space = new FactorSpace(taste);
    }

    /** Opens a session for {@code userId} from {@code seed}; its id is a random UUID (an unguessable handle, not an input to what plays). */
    public RadioSession open(String userId, RadioSeed seed, LocalDate today) {
        ListenerContext l = ListenerContext.of(userId, taste, catalog, history, controls.of(userId), today, 0);
        float[] direction = space.direction(seed, taste, catalog, l.query());
        RadioSession s = new RadioSession(UUID.randomUUID().toString(), space, l, direction, seedName(seed), smoothness);
        sessions.put(s.id(), s);
        return s;
    }

    /** The open session with this id, or null. */
    public RadioSession session(String id) {
        return sessions.get(id);
    }

    public void close(String id) {
        sessions.remove(id);
    }

    private String seedName(RadioSeed seed) {
        return switch (seed.kind()) {
            case TRACK -> {
                Track t = catalog.track(seed.value());
                yield t == null ? seed.value() : t.title() + (t.artistIds().isEmpty() ? "" : " by " + catalog.artistName(t.primaryArtistId()));
            }
            case ARTIST -> catalog.artistName(seed.value());
            case TAG -> seed.value();
            case TASTE -> "your taste";
        };
    }
}
