package dev.encore.server.events;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.encore.core.domain.Feedback;
import dev.encore.core.domain.FeedbackType;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import dev.encore.formats.encore.Timestamps;
import dev.encore.server.http.ApiProblem;
import dev.encore.server.http.FieldError;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates a whole {@code POST /api/v1/events} batch before anything is written: every error is collected with its
 * index and field, and the batch is rejected as a unit, so nothing is partially applied.
 * Body: {@code {"events":[...]}} or a bare array; each event is
 * {@code {"type":"listen","userId","itemId","at","itemKind"?,"msPlayed"?,"skipped"?,"contextType"?,"contextId"?,"platform"?}}
 * or {@code {"type":"feedback","userId","itemId","at","feedback":"like|dislike|hide|save|ban|exclude","active"?}}.
 * The body is read as a stream (no JSON tree): malformed JSON anywhere fails the request before any validation error.
 */
public final class EventBatchParser {
    private static final int MAX_ERRORS = 100;
    private static final Duration FUTURE_SLACK = Duration.ofDays(1);
    private static final List<String> LISTEN = List.of("type", "userId", "itemId", "itemKind", "at", "msPlayed", "skipped", "contextType", "contextId", "platform");
    private static final List<String> FEEDBACK = List.of("type", "userId", "itemId", "itemKind", "at", "feedback", "active");
    private final JsonFactory json;
    private final int maxEvents;
    private final Clock clock;

    public EventBatchParser(JsonFactory json, int maxEvents, Clock clock) {
        this.json = json;
        this.maxEvents = maxEvents;
        this.clock = clock;
    }

    /** The parsed events; {@code users} holds each event's user id in request order (for authorisation errors). */
    public record Batch(List<ListenEvent> listens, List<Feedback> feedback, List<String> users) {
        public int size() {
            return listens.size() + feedback.size();
        }
    }

    /** Reads and validates a whole body; a JSON syntax error surfaces as Jackson's exception (a 400 upstream). */
    public Batch parse(InputStream body) throws IOException {
        try (JsonParser p = json.createParser(body)) {
            Events events = null;
            JsonToken root = p.nextToken();
            if (root == JsonToken.START_ARRAY) {
                events = readEvents(p);
            } else if (root == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    boolean isEvents = "events".equals(p.currentName());
                    if (p.nextToken() == JsonToken.START_ARRAY && isEvents) events = readEvents(p);
                    else {
                        if (isEvents) events = null;
                        p.skipChildren();
                    }
                }
            } else if (root != null) {
                p.skipChildren();
            }
            if (root != null && p.nextToken() != null)
                throw ApiProblem.badRequest("request body has content after its JSON document; send one JSON document");
            if (events == null)
                throw ApiProblem.badRequest("body must be {\"events\": [ ... ]} or a JSON array of events");
            return events.batch(maxEvents);
        }
    }

    /** Reads the array whose START_ARRAY the parser is on; validates at most {@code maxEvents}, counts them all. */
    private Events readEvents(JsonParser p) throws IOException {
        Events out = new Events();
        RawEvent raw = new RawEvent();
        Instant latest = clock.instant().plus(FUTURE_SLACK);
        for (JsonToken t; (t = p.nextToken()) != JsonToken.END_ARRAY; out.count++) {
            if (t == null) throw ApiProblem.badRequest("request body is not valid JSON: it ends inside the events array");
            if (out.count >= maxEvents || out.errors.size() >= MAX_ERRORS) {
                p.skipChildren();
            } else if (t != JsonToken.START_OBJECT) {
                out.errors.add(FieldError.at(out.count, "", "event must be a JSON object"));
                p.skipChildren();
            } else {
                raw.read(p);
                event(new Fields(raw, out.count, out.errors), latest, out);
            }
        }
        return out;
    }

    private static void event(Fields f, Instant latest, Events out) {
        String type = f.text(RawEvent.TYPE, "listen");
        String user = f.requiredText(RawEvent.USER_ID);
        String item = f.requiredText(RawEvent.ITEM_ID);
        ItemKind kind = f.kind();
        Instant at = f.instant(latest);
        f.rejectUnknown(type);
        out.users.add(user);
        switch (type) {
            case "listen" -> {
                long ms = f.nonNegativeLong(RawEvent.MS_PLAYED, -1);
                boolean skipped = f.bool(RawEvent.SKIPPED, false);
                if (f.ok()) out.listens.add(new ListenEvent(user, kind, item, at, ms, f.text(RawEvent.CONTEXT_TYPE, null),
                        f.text(RawEvent.CONTEXT_ID, null), null, null, skipped, false, false, f.text(RawEvent.PLATFORM, null), "api"));
            }
            case "feedback" -> {
                FeedbackType ft = f.feedbackType();
                boolean active = f.bool(RawEvent.ACTIVE, true);
                if (f.ok()) out.feedback.add(new Feedback(user, kind, item, ft, at, active));
            }
            default -> f.error(RawEvent.NAMES.get(RawEvent.TYPE), "unknown event type '" + type + "'; use listen or feedback");
        }
    }

    /** What one events array held. */
    private static final class Events {
        final List<FieldError> errors = new ArrayList<>();
        final List<ListenEvent> listens = new ArrayList<>();
        final List<Feedback> feedback = new ArrayList<>();
        final List<String> users = new ArrayList<>();
        int count;

        Batch batch(int maxEvents) {
            if (count > maxEvents)
                throw ApiProblem.tooLarge("batch has " + count + " events; at most " + maxEvents + " per request: split it");
            if (!errors.isEmpty())
                throw ApiProblem.invalid(errors.size() + (errors.size() >= MAX_ERRORS ? "+" : "")
                        + " invalid event(s); nothing from this batch was stored: fix them and resend the whole batch", errors);
            return new Batch(listens, feedback, users);
        }
    }

    /** Typed access to one event's fields that records errors instead of throwing. */
    private static final class Fields {
        private final RawEvent raw;
        private final int index;
        private final List<FieldError> errors;
        private final int errorsBefore;

        Fields(RawEvent raw, int index, List<FieldError> errors) {
            this.raw = raw;
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

        private void error(int slot, String message) {
            error(RawEvent.NAMES.get(slot), message);
        }

        void rejectUnknown(String type) {
            List<String> known = "feedback".equals(type) ? FEEDBACK : LISTEN;
            for (String name : raw.names())
                if (!known.contains(name)) error(name, "unknown field for a " + type + " event; known fields: " + known);
        }

        String text(int slot, String def) {
            if (raw.missing(slot)) return def;
            if (!raw.isText(slot)) {
                error(slot, "must be a string");
                return def;
            }
            return raw.text(slot);
        }

        String requiredText(int slot) {
            String s = text(slot, null);
            if (s == null || s.isBlank()) {
                if (raw.missing(slot)) error(slot, "is required");
                else if (raw.isText(slot)) error(slot, "must not be empty");
                return "?";
            }
            if (s.length() > 512) error(slot, "is longer than 512 characters");
            return s;
        }

        ItemKind kind() {
            String s = text(RawEvent.ITEM_KIND, "track");
            try {
                return ItemKind.fromWire(s);
            } catch (IllegalArgumentException e) {
                error(RawEvent.ITEM_KIND, e.getMessage());
                return ItemKind.TRACK;
            }
        }

        FeedbackType feedbackType() {
            String s = text(RawEvent.FEEDBACK, null);
            if (s == null) {
                error(RawEvent.FEEDBACK, "is required for a feedback event (like, dislike, hide, save, ban or exclude)");
                return FeedbackType.LIKE;
            }
            try {
                return FeedbackType.fromWire(s);
            } catch (IllegalArgumentException e) {
                error(RawEvent.FEEDBACK, e.getMessage());
                return FeedbackType.LIKE;
            }
        }

        Instant instant(Instant latest) {
            String s = text(RawEvent.AT, null);
            if (s == null) {
                error(RawEvent.AT, "is required: an ISO-8601 UTC timestamp such as 2026-01-31T20:15:00Z");
                return Instant.EPOCH;
            }
            try {
                Instant t = Timestamps.parse(s);
                if (t.isAfter(latest)) error(RawEvent.AT, "is more than a day in the future; check the client clock");
                return t;
            } catch (IllegalArgumentException e) {
                error(RawEvent.AT, "'" + s + "' is not an ISO-8601 UTC timestamp such as 2026-01-31T20:15:00Z");
                return Instant.EPOCH;
            }
        }

        long nonNegativeLong(int slot, long def) {
            if (raw.missing(slot)) return def;
            if (!raw.isLong(slot) || raw.longValue(slot) < 0) {
                error(slot, "must be a non-negative integer (milliseconds)");
                return def;
            }
            return raw.longValue(slot);
        }

        boolean bool(int slot, boolean def) {
            if (raw.missing(slot)) return def;
            if (!raw.isBoolean(slot)) {
                error(slot, "must be true or false");
                return def;
            }
            return raw.bool(slot);
        }
    }
}
