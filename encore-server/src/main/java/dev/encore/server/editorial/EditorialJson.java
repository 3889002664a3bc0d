package dev.encore.server.editorial;

import com.fasterxml.jackson.databind.JsonNode;
import dev.encore.products.Catalog;
import dev.encore.products.editorial.EditorialPool;
import dev.encore.products.editorial.EditorialSelection;
import dev.encore.server.http.ApiProblem;
import dev.encore.server.http.FieldError;
import dev.encore.store.EditorialRepository;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a pool from {@code PUT} bodies and writes pools, selections and reports. A body is
 * {@code {"title": "...", "description": "...", "size": 50, "fixedRatio": 0.2, "tracks": ["t1", {"id": "t2", "pin": 1}]}};
 * tracks are candidates in editor order, a pinned one as an object.
 */
final class EditorialJson {
    static final String EXAMPLE = "{\"title\":\"Indie Rising\",\"size\":50,\"fixedRatio\":0.2,\"tracks\":[\"t1\",{\"id\":\"t2\",\"pin\":1}]}";

    private EditorialJson() {}

    static EditorialPool pool(String id, JsonNode body) {
        if (body == null || !body.isObject()) throw ApiProblem.badRequest("the body must be a JSON object, e.g. " + EXAMPLE);
        List<FieldError> errors = new ArrayList<>();
        JsonNode size = body.path("size"), ratio = body.path("fixedRatio");
        if (!size.isIntegralNumber()) errors.add(FieldError.of("size", "a whole number of tracks per listener, e.g. 50"));
        if (!ratio.isMissingNode() && !ratio.isNumber()) errors.add(FieldError.of("fixedRatio", "a number from 0 to 1, e.g. 0.2"));
        JsonNode tracks = body.path("tracks");
        List<EditorialPool.Candidate> candidates = new ArrayList<>();
        if (!tracks.isArray()) errors.add(FieldError.of("tracks", "an array of track ids in editor order, e.g. [\"t1\", {\"id\":\"t2\",\"pin\":1}]"));
        else {
            for (int i = 0; i < tracks.size(); i++) {
                JsonNode t = tracks.get(i);
                if (t.isTextual()) candidates.add(new EditorialPool.Candidate(t.asText().trim(), null));
                else if (t.isObject() && t.path("id").isTextual() && (t.path("pin").isMissingNode() || t.path("pin").isNull() || t.path("pin").isIntegralNumber()))
                    candidates.add(new EditorialPool.Candidate(t.path("id").asText().trim(), t.path("pin").isIntegralNumber() ? t.path("pin").asInt() : null));
                else errors.add(FieldError.of("tracks[" + i + "]", "a track id string or {\"id\": \"t2\", \"pin\": 1}"));
            }
        }
        if (!errors.isEmpty()) throw ApiProblem.invalid("the pool body has " + errors.size() + " problem(s); expected e.g. " + EXAMPLE, errors);
        String description = body.path("description").isTextual() ? body.path("description").asText() : null;
        return new EditorialPool(id, body.path("title").asText(""), description, size.asInt(), ratio.isNumber() ? ratio.asDouble() : 0.0, candidates);
    }

    static Map<String, Object> pool(EditorialRepository.Pool p) {
        Map<String, Object> m = head(p);
        List<Object> tracks = new ArrayList<>();
        for (EditorialRepository.Entry e : p.tracks()) tracks.add(e.pin() == null ? e.trackId() : Map.of("id", e.trackId(), "pin", e.pin()));
        m.put("tracks", tracks);
        return m;
    }

    static Map<String, Object> head(EditorialRepository.Pool p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("title", p.title());
        if (p.description() != null) m.put("description", p.description());
        m.put("size", p.size());
        m.put("fixedRatio", p.fixedRatio());
        m.put("updatedAt", p.updatedAt().toString());
        if (p.updatedBy() != null) m.put("updatedBy", p.updatedBy());
        return m;
    }

    static Map<String, Object> selection(EditorialRepository.Pool p, String user, List<EditorialSelection.Placement> placements, Catalog catalog) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pool", p.id());
        m.put("title", p.title());
        if (p.description() != null) m.put("description", p.description());
        m.put("user", user);
        List<Map<String, Object>> items = new ArrayList<>();
        for (EditorialSelection.Placement x : placements) {
            Map<String, Object> i = new LinkedHashMap<>();
            i.put("position", x.position());
            i.put("track", x.trackId());
            var t = catalog.track(x.trackId());
            if (t != null) {
                i.put("title", t.title());
                if (!t.artistIds().isEmpty()) i.put("artist", catalog.artistName(t.artistIds().get(0)));
            }
            i.put("slot", x.slot().wire());
            i.put("reason", x.reason());
            items.add(i);
        }
        m.put("items", items);
        return m;
    }

    static Map<String, Object> stats(EditorialRepository.Pool p, List<EditorialRepository.PlacementOutcome> outcomes) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pool", p.id());
        m.put("title", p.title());
        m.put("attributionDays", EditorialService.ATTRIBUTION.toDays());
        long impressions = 0, streams = 0, skips = 0;
        List<Map<String, Object>> rows = new ArrayList<>();
        for (EditorialRepository.PlacementOutcome o : outcomes) {
            impressions += o.impressions();
            streams += o.streams();
            skips += o.skips();
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("track", o.trackId());
            r.put("slot", o.slot());
            r.put("impressions", o.impressions());
            r.put("listeners", o.listeners());
            r.put("streams", o.streams());
            r.put("skips", o.skips());
            r.put("streamRate", rate(o.streams(), o.listeners()));
            r.put("skipRate", rate(o.skips(), o.streams() + o.skips()));
            r.put("averagePosition", Math.round(o.averagePosition() * 100) / 100.0);
            rows.add(r);
        }
        m.put("totals", Map.of("impressions", impressions, "streams", streams, "skips", skips));
        m.put("placements", rows);
        return m;
    }

    /** A share rounded to 4 places; 0 when nothing to divide by. */
    static double rate(long n, long of) {
        return of == 0 ? 0 : Math.round(10_000.0 * n / of) / 10_000.0;
    }
}
