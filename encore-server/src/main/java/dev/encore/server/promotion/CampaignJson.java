package dev.encore.server.promotion;

import com.fasterxml.jackson.databind.JsonNode;
import dev.encore.core.domain.Campaign;
import dev.encore.products.promotion.CampaignReport;
import dev.encore.products.promotion.Eligibility;
import dev.encore.products.promotion.Estimate;
import dev.encore.server.http.ApiProblem;
import dev.encore.server.http.FieldError;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Campaign bodies in and out. A create body is {@value #EXAMPLE}; {@code owner} is only for admins (an artist's
 * campaigns are always their own), {@code impressionGoal} defaults to 10,000.
 */
final class CampaignJson {
    static final String EXAMPLE = "{\"name\":\"Spring push\",\"tracks\":[\"t1\",\"t2\"],\"start\":\"2026-04-01T00:00:00Z\","
            + "\"end\":\"2026-04-29T00:00:00Z\",\"commissionRate\":0.3,\"impressionGoal\":5000}";

    /** A parsed, not yet validated against the catalog, create request. */
    record Draft(String owner, String name, List<String> tracks, Instant start, Instant end, double commissionRate, long impressionGoal) {}

    private CampaignJson() {}

    static Draft draft(JsonNode body) {
        if (body == null || !body.isObject()) throw ApiProblem.badRequest("the body must be a JSON object, e.g. " + EXAMPLE);
        List<FieldError> errors = new ArrayList<>();
        String name = body.path("name").asText("").strip();
        if (name.isEmpty() || name.length() > 200) errors.add(FieldError.of("name", "a name of 1 to 200 characters, e.g. \"Spring push\""));
        List<String> tracks = new ArrayList<>();
        JsonNode t = body.path("tracks");
        if (!t.isArray() || t.isEmpty()) errors.add(FieldError.of("tracks", "a non-empty array of your track ids, e.g. [\"t1\", \"t2\"]"));
        else for (int i = 0; i < t.size(); i++) {
            if (t.get(i).isTextual() && !t.get(i).asText().isBlank()) tracks.add(t.get(i).asText().strip());
            else errors.add(FieldError.of("tracks[" + i + "]", "a track id string"));
        }
        if (tracks.size() > Campaign.MAX_TRACKS) errors.add(FieldError.of("tracks", "at most " + Campaign.MAX_TRACKS + " tracks per campaign"));
        Instant start = instant(body, "start", errors), end = instant(body, "end", errors);
        if (start != null && end != null && !end.isAfter(start)) errors.add(FieldError.of("end", "must be after start (" + start + ")"));
        JsonNode rate = body.path("commissionRate");
        if (!rate.isNumber() || rate.asDouble() < 0 || rate.asDouble() > 1)
            errors.add(FieldError.of("commissionRate", "the share of royalties given up on promoted streams, a number from 0 to 1, e.g. 0.3"));
        JsonNode goal = body.path("impressionGoal");
        if (!goal.isMissingNode() && (!goal.isIntegralNumber() || goal.asLong() < 1))
            errors.add(FieldError.of("impressionGoal", "a whole number of promoted slots >= 1, e.g. 5000"));
        if (!errors.isEmpty())
            throw ApiProblem.invalid("the campaign has " + errors.size() + " problem(s); expected e.g. " + EXAMPLE, errors);
        String owner = body.path("owner").isTextual() ? body.path("owner").asText().strip() : null;
        return new Draft(owner, name, tracks, start, end, rate.asDouble(), goal.isMissingNode() ? 10_000 : goal.asLong());
    }

    private static Instant instant(JsonNode body, String field, List<FieldError> errors) {
        JsonNode v = body.path(field);
        try {
            if (v.isTextual()) return Instant.parse(v.asText().strip());
        } catch (DateTimeParseException e) {
            // reported below
        }
        errors.add(FieldError.of(field, "an ISO-8601 UTC time, e.g. \"2026-04-01T00:00:00Z\""));
        return null;
    }

    static Map<String, Object> campaign(Campaign c, Instant now, String throttled, long delivered, List<Eligibility> eligibility) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("owner", c.ownerId());
        m.put("name", c.name());
        m.put("status", c.statusAt(now).wire());
        m.put("start", c.start().toString());
        m.put("end", c.end().toString());
        m.put("commissionRate", c.commissionRate());
        m.put("impressionGoal", c.impressionGoal());
        m.put("delivered", delivered);
        m.put("throttled", throttled);
        m.put("createdAt", c.createdAt().toString());
        if (eligibility == null) m.put("tracks", c.trackIds());
        else m.put("tracks", eligibility.stream().map(e -> {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("id", e.trackId());
            t.put("eligible", e.eligible());
            t.put("reasons", e.reasons());
            return t;
        }).toList());
        return m;
    }

    static Map<String, Object> report(CampaignReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("campaign", r.campaignId());
        m.put("name", r.name());
        m.put("owner", r.ownerId());
        m.put("impressions", r.impressions());
        m.put("promotedPlays", r.promotedPlays());
        m.put("promotedStreams", r.promotedStreams());
        m.put("saves", r.saves());
        m.put("skipRate", r.skipRate());
        m.put("organicSkipRate", r.organicSkipRate());
        m.put("eligibleOpportunities", r.eligibleOpportunities());
        m.put("throttled", r.throttled());
        m.put("incrementalStreams", estimate(r.incrementalStreams()));
        m.put("incrementalNewListeners", estimate(r.incrementalNewListeners()));
        m.put("days", r.days().stream().map(d -> {
            Map<String, Object> day = new LinkedHashMap<>();
            day.put("day", d.day().toString());
            day.put("impressions", d.impressions());
            day.put("promotedPlays", d.promotedPlays());
            day.put("promotedStreams", d.promotedStreams());
            day.put("saves", d.saves());
            day.put("skipRate", d.skipRate());
            day.put("incrementalStreams", estimate(d.incrementalStreams()));
            day.put("incrementalNewListeners", estimate(d.incrementalNewListeners()));
            return day;
        }).toList());
        return m;
    }

    static Map<String, Object> estimate(Estimate e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", e.value());
        m.put("low95", e.low());
        m.put("high95", e.high());
        m.put("treatmentListeners", e.treatmentListeners());
        m.put("holdoutListeners", e.holdoutListeners());
        return m;
    }
}
