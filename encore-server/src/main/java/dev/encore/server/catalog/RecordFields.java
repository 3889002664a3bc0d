package dev.encore.server.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.encore.server.http.FieldError;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Typed reads of one JSON record's fields that record an error (with the record's batch index and the field's
 * name) instead of throwing, so a whole batch is checked and every problem reported at once.
 */
final class RecordFields {
    /** Matches the store's id limit (see dev.encore.core.domain.Ids). */
    static final int MAX_ID = 512;
    private static final char LIST_SEPARATOR = '\u001f';
    private final JsonNode node;
    private final Integer index;
    private final List<FieldError> errors;
    private final int errorsBefore;
    private final String prefix;

    RecordFields(JsonNode node, Integer index, List<FieldError> errors) {
        this(node, index, errors, "");
    }

    private RecordFields(JsonNode node, Integer index, List<FieldError> errors, String prefix) {
        this.node = node;
        this.index = index;
        this.errors = errors;
        this.errorsBefore = errors.size();
        this.prefix = prefix;
    }

    boolean ok() {
        return errors.size() == errorsBefore;
    }

    void error(String field, String message) {
        errors.add(new FieldError(index, prefix + field, message));
    }

    void rejectUnknown(String what, List<String> known) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            String name = it.next().getKey();
            if (!known.contains(name)) error(name, "unknown field for " + what + "; known fields: " + known);
        }
    }

    boolean has(String name) {
        JsonNode v = node.get(name);
        return v != null && !v.isNull();
    }

    String id(String name) {
        String v = requiredText(name);
        if (v != null && v.length() > MAX_ID) error(name, "is longer than " + MAX_ID + " characters");
        return v;
    }

    String requiredText(String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            error(name, "is required");
            return null;
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            error(name, "must be a non-empty string");
            return null;
        }
        return v.asText().trim();
    }

    /** An optional string; blank counts as absent. */
    String text(String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) {
            error(name, "must be a string");
            return null;
        }
        return v.asText().isBlank() ? null : v.asText().trim();
    }

    /** An optional array of non-empty strings (ids or tags); absent is an empty list. */
    List<String> strings(String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) return List.of();
        if (!v.isArray()) {
            error(name, "must be an array of strings");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            JsonNode e = v.get(i);
            if (!e.isTextual() || e.asText().isBlank()) error(name + "[" + i + "]", "must be a non-empty string");
            else if (e.asText().indexOf(LIST_SEPARATOR) >= 0) error(name + "[" + i + "]", "must not contain the control character U+001F");
            else if (e.asText().length() > MAX_ID) error(name + "[" + i + "]", "is longer than " + MAX_ID + " characters");
            else out.add(e.asText().trim());
        }
        return out;
    }

    /** A non-negative whole number of milliseconds; absent is 0 (unknown). */
    int durationMs(String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) return 0;
        if (!v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < 0) {
            error(name, "must be a whole number of milliseconds from 0 to " + Integer.MAX_VALUE);
            return 0;
        }
        return v.asInt();
    }

    LocalDate date(String name) {
        String s = text(name);
        if (s == null) return null;
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            error(name, "'" + s + "' is not an ISO-8601 date; use YYYY-MM-DD, e.g. 2026-03-01");
            return null;
        }
    }

    boolean bool(String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) return false;
        if (!v.isBoolean()) error(name, "must be true or false");
        return v.asBoolean();
    }

    /** A number in [min, max]; null when absent. */
    Double number(String name, double min, double max) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) return null;
        if (!v.isNumber() || v.asDouble() < min || v.asDouble() > max) {
            error(name, "must be a number from " + min + " to " + max);
            return null;
        }
        return v.asDouble();
    }

    /** The fields of a nested object, reporting errors as {@code name.field}. */
    RecordFields object(String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) return null;
        if (!v.isObject()) {
            error(name, "must be a JSON object");
            return null;
        }
        return new RecordFields(v, index, errors, prefix + name + ".");
    }
}
