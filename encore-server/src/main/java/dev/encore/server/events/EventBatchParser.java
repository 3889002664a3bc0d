package dev.encore.server.events;

import com.fasterxml.jackson.databind.JsonNode;
import dev.encore.core.domain.Feedback;
import dev.encore.core.domain.FeedbackType;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import dev.encore.server.http.ApiProblem;
import dev.encore.server.http.FieldError;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Validates a whole {@code POST /api/v1/events} batch before anything is written: every error is collected with its
 * index and field, and the batch is rejected as a unit, so nothing is partially applied.
 * Body: {@code {"events":[...]}} or a bare array; each event is
 * {@code {"type":"listen","userId","itemId","at","itemKind"?,"msPlayed"?,"skipped"?,"contextType"?,"contextId"?,"platform"?}}
 * or {@code {"type":"feedback","userId","itemId","at","feedback":"like|dislike|hide|save|ban|exclude","active"?}}.
 */
public final class EventBatchParser {
    private static final int MAX_ERRORS = 100;
    private static final Duration FUTURE_SLACK = Duration.ofDays(1);
    private final int maxEvents;
    private final Clock clock;

    public EventBatchParser(int maxEvents, Clock clock) {
        this.maxEvents = maxEvents;
        this.clock = clock;
    }

    /** The parsed events; {@code users} holds each event's user id in request order (for authorisation errors). */
    public record Batch(List<ListenEvent> listens, List<Feedback> feedback, List<String> users) {
        public int size() {
            return listens.size() + feedback.size();
        }
    }

    public Batch parse(JsonNode body) {
        JsonNode events = body != null && body.isObject() ? body.get("events") : body;
        if (events == null || !events.isArray())
            throw ApiProblem.badRequest("body must be {\"events\": [ ... ]} or a JSON array of events");
        if (events.size() > maxEvents)
            throw ApiProblem.tooLarge("batch has " + events.size() + " events; at most " + maxEvents + " per request: split it");
        List<FieldError> errors = new ArrayList<>();
        List<ListenEvent> listens = new ArrayList<>();
        List<Feedback> feedback = new ArrayList<>();
        List<String> users = new ArrayList<>();
        for (int i = 0; i < events.size() && errors.size() < MAX_ERRORS; i++) {
            JsonNode e = events.get(i);
            if (!e.isObject()) {
                errors.add(FieldError.at(i, "", "event must be a JSON object"));
                continue;
            }
            Fields f = new Fields(e, i, errors);
            String type = f.text("type", "listen");
            String user = f.requiredText("userId");
            String item = f.requiredText("itemId");
            ItemKind kind = f.kind();
            Instant at = f.instant("at", clock.instant().plus(FUTURE_SLACK));
            f.rejectUnknown(type);
            users.add(user);
            switch (type) {
                case "listen" -> {
                    long ms = f.nonNegativeLong("msPlayed", -1);
                    boolean skipped = f.bool("skipped", false);
                    if (f.ok()) listens.add(new ListenEvent(user, kind, item, at, ms, f.text("contextType", null),
                            f.text("contextId", null), null, null, skipped, false, false, f.text("platform", null), "api"));
                }
                case "feedback" -> {
                    FeedbackType ft = f.feedbackType();
                    boolean active = f.bool("active", true);
                    if (f.ok()) feedback.add(new Feedback(user, kind, item, ft, at, active));
                }
                default -> errors.add(FieldError.at(i, "type", "unknown event type '" + type + "'; use listen or feedback"));
            }
        }
        if (!errors.isEmpty())
            throw ApiProblem.invalid(errors.size() + (errors.size() >= MAX_ERRORS ? "+" : "")
                    + " invalid event(s); nothing from this batch was stored: fix them and resend the whole batch", errors);
        return new Batch(listens, feedback, users);
    }

    /** Typed access to one event's fields that records errors instead of throwing. */
    private static final class Fields {
        private static final List<String> LISTEN = List.of("type", "userId", "itemId", "itemKind", "at", "msPlayed", "skipped", "contextType", "contextId", "platform");
        private static final List<String> FEEDBACK = List.of("type", "userId", "itemId", "itemKind", "at", "feedback", "active");
        private final JsonNode node;
        private final int index;
        private final List<FieldError> errors;
        private final int errorsBefore;

        Fields(JsonNode node, int index, List<FieldError> errors) {
            this.node = node;
            this.index = index;
            this.errors = errors;
            this.errorsBefore = errors.size();
        }

        boolean ok() {
            return errors.size() == errorsBefore;
        }

        void error(String field, String message) {
            errors.add(FieldError.at(index, field, message));
        }

        void rejectUnknown(String type) {
            List<String> known = "feedback".equals(type) ? FEEDBACK : LISTEN;
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                String name = it.next().getKey();
                if (!known.contains(name)) error(name, "unknown field for a " + type + " event; known fields: " + known);
            }
        }

        String text(String name, String def) {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) return def;
            if (!v.isTextual()) {
                error(name, "must be a string");
                return def;
            }
            return v.asText();
        }

        String requiredText(String name) {
            String s = text(name, null);
            if (s == null || s.isBlank()) {
                JsonNode v = node.get(name);
                if (v == null || v.isNull()) error(name, "is required");
                else if (v.isTextual()) error(name, "must not be empty");
                return "?";
            }
            if (s.length() > 512) error(name, "is longer than 512 characters");
            return s;
        }

        ItemKind kind() {
            String s = text("itemKind", "track");
            try {
                return ItemKind.fromWire(s);
            } catch (IllegalArgumentException e) {
                error("itemKind", e.getMessage());
                return ItemKind.TRACK;
            }
        }

        FeedbackType feedbackType() {
            String s = text("feedback", null);
            if (s == null) {
                error("feedback", "is required for a feedback event (like, dislike, hide, save, ban or exclude)");
                return FeedbackType.LIKE;
            }
            try {
                return FeedbackType.fromWire(s);
            } catch (IllegalArgumentException e) {
                error("feedback", e.getMessage());
                return FeedbackType.LIKE;
            }
        }

        Instant instant(String name, Instant latest) {
            String s = text(name, null);
            if (s == null) {
                error(name, "is required: an ISO-8601 UTC timestamp such as 2026-01-31T20:15:00Z");
                return Instant.EPOCH;
            }
            try {
                Instant t = UtcTimestamps.parse(s);
                if (t.isAfter(latest)) error(name, "is more than a day in the future; check the client clock");
                return t;
            } catch (DateTimeParseException e) {
                error(name, "'" + s + "' is not an ISO-8601 UTC timestamp such as 2026-01-31T20:15:00Z");
                return Instant.EPOCH;
            }
        }

        long nonNegativeLong(String name, long def) {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) return def;
            if (!v.canConvertToLong() || !v.isIntegralNumber() || v.asLong() < 0) {
                error(name, "must be a non-negative integer (milliseconds)");
                return def;
            }
            return v.asLong();
        }

        boolean bool(String name, boolean def) {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) return def;
            if (!v.isBoolean()) {
                error(name, "must be true or false");
                return def;
            }
            return v.asBoolean();
        }
    }
}
