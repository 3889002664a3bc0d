package dev.encore.server.editorial;

import dev.encore.core.domain.Track;
import dev.encore.store.EditorialRepository;
import dev.encore.store.EncoreStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Starter editorial pools built from the catalog by tag, for the demo: candidates are the tag's tracks, most
 * tagged first (the "editor's order"), the first three pinned to the top. A pool that exists is left alone (an
 * editor may have changed it); a tag with fewer than {@link #MIN_CANDIDATES} tracks gives no pool.
 */
public final class EditorialSeeder {
    static final int MIN_CANDIDATES = 10, PINNED = 3;

    /** One starter pool: taken from {@code tag}, {@code candidates} deep, served {@code size} long. */
    public record Starter(String id, String title, String description, String tag, int candidates, int size, double fixedRatio) {}

    public static final List<Starter> DEMO = List.of(
            new Starter("indie-rising", "Indie Rising", "The indie tracks our editors are watching, picked for you", "indie", 200, 50, 0.2),
            new Starter("electronic-pulse", "Electronic Pulse", "Electronic tracks with energy, in the order that suits you", "electronic", 120, 30, 0.3),
            new Starter("rock-essentials", "Rock Essentials", "Rock, hand-picked by editors and tuned to your taste", "rock", 120, 30, 0.5));

    private EditorialSeeder() {}

    /** Seeds the starters that do not exist yet; returns the ids created. */
    public static List<String> seed(EncoreStore store, List<Starter> starters, Instant now) {
        EditorialRepository repo = EditorialRepository.of(store);
        List<String> created = new ArrayList<>();
        for (Starter s : starters) {
            if (repo.pool(s.id()).isPresent()) continue;
            List<Track> tracks = store.tags().tracksByTag(s.tag(), s.candidates());
            if (tracks.size() < MIN_CANDIDATES) continue;
            List<EditorialRepository.Entry> entries = new ArrayList<>();
            for (int i = 0; i < tracks.size(); i++) entries.add(new EditorialRepository.Entry(tracks.get(i).id(), i < PINNED ? i + 1 : null));
            repo.save(new EditorialRepository.Pool(s.id(), s.title(), s.description(), Math.min(s.size(), tracks.size()), s.fixedRatio(),
                    now, "seed", entries));
            created.add(s.id());
        }
        return created;
    }
}
