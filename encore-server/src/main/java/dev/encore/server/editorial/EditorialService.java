package dev.encore.server.editorial;

import dev.encore.core.domain.Track;
import dev.encore.products.Catalog;
import dev.encore.products.TasteControls;
import dev.encore.products.editorial.EditorialPool;
import dev.encore.products.editorial.EditorialSelection;
import dev.encore.products.editorial.HistoryTaste;
import dev.encore.server.http.ApiProblem;
import dev.encore.server.http.FieldError;
import dev.encore.server.products.StoreCatalog;
import dev.encore.server.products.StoreTasteControls;
import dev.encore.store.EditorialRepository;
import dev.encore.store.EncoreStore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Editorial pools over the store: saving (validated, every track must be in the catalog), serving a listener's
 * selection (recorded as that day's impressions) and the editors' per-placement report.
 */
public final class EditorialService {
    /** How long after being shown a listen still counts for the placement. */
    public static final Duration ATTRIBUTION = Duration.ofDays(7);
    private final EncoreStore store;
    private final EditorialRepository repo;
    private final Catalog catalog;
    private final TasteControls.Source controls;
    private final Clock clock;

    public EditorialService(EncoreStore store, Clock clock) {
        this.store = store;
        this.repo = EditorialRepository.of(store);
        this.catalog = new StoreCatalog(store, 20_000);
        this.controls = new StoreTasteControls(store);
        this.clock = clock;
    }

    /** Validates and saves; 422 naming every bad field, including track ids the catalog does not know. */
    public EditorialRepository.Pool save(EditorialPool pool, String editor) {
        List<FieldError> errors = new ArrayList<>();
        for (EditorialPool.Problem p : pool.problems()) errors.add(FieldError.of(p.field(), p.message()));
        if (errors.isEmpty()) {
            List<String> ids = pool.tracks().stream().map(EditorialPool.Candidate::trackId).toList();
            var known = store.catalog().tracks(ids);
            List<String> unknown = ids.stream().filter(id -> !known.containsKey(id)).toList();
            if (!unknown.isEmpty()) {
                errors.add(FieldError.of("tracks", unknown.size() + " track ids are not in the catalog: "
                        + String.join(", ", unknown.subList(0, Math.min(10, unknown.size())))
                        + (unknown.size() > 10 ? ", ..." : "") + "; add them to the catalog first or remove them from the pool"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid("editorial pool '" + pool.id() + "' has " + errors.size() + " problem" + (errors.size() == 1 ? "" : "s")
                    + ": " + errors.get(0).field() + " " + errors.get(0).message(), errors);
        }
        List<EditorialRepository.Entry> entries = pool.tracks().stream()
                .map(c -> new EditorialRepository.Entry(c.trackId(), c.pin())).toList();
        EditorialRepository.Pool saved = new EditorialRepository.Pool(pool.id(), pool.title().trim(), pool.description(), pool.size(),
                pool.fixedRatio(), clock.instant(), editor, entries);
        repo.save(saved);
        return saved;
    }

    public Optional<EditorialRepository.Pool> pool(String id) {
        return repo.pool(id);
    }

    public EditorialRepository.Pool require(String id) {
        return repo.pool(id).orElseThrow(() -> ApiProblem.notFound("no editorial pool '" + id
                + "'; editors create one with PUT /api/v1/editorial/" + id + " (see GET /api/v1/editorial for the existing ones)"));
    }

    public List<EditorialRepository.Pool> pools() {
        return repo.pools();
    }

    public java.util.Map<String, Long> candidateCounts() {
        return repo.trackCounts();
    }

    /** The listener's playlist from the pool, recorded as today's impressions. */
    public List<EditorialSelection.Placement> serve(String poolId, String userId) {
        EditorialRepository.Pool p = require(poolId);
        Instant now = clock.instant();
        TasteControls c = controls.of(userId);
        var listens = store.history().listens(userId, Instant.EPOCH, now);
        c = c.withContextExclusions(listens);
        TasteControls allowed = c;
        List<EditorialSelection.Placement> out = EditorialSelection.select(toPool(p), new HistoryTaste(listens, catalog, c), id -> {
            Track t = catalog.track(id);
            return t != null && allowed.allows(id, t.artistIds().isEmpty() ? null : t.artistIds().get(0));
        });
        repo.recordImpressions(poolId, userId, now.atZone(ZoneOffset.UTC).toLocalDate(), now,
                out.stream().map(x -> new EditorialRepository.Impression(x.trackId(), x.position(), x.slot().wire())).toList());
        return out;
    }

    public List<EditorialRepository.PlacementOutcome> outcomes(String poolId) {
        require(poolId);
        return repo.outcomes(poolId, ATTRIBUTION);
    }

    public Catalog catalog() {
        return catalog;
    }

    static EditorialPool toPool(EditorialRepository.Pool p) {
        return new EditorialPool(p.id(), p.title(), p.description(), p.size(), p.fixedRatio(),
                p.tracks().stream().map(e -> new EditorialPool.Candidate(e.trackId(), e.pin())).toList());
    }
}
