package dev.encore.formats;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

/** The shared Jackson mapper and null-tolerant field access for importers that read JSON trees. */
public final class Json {
    /** Thread-safe; used for streaming parsers, where the next array element must not count as "trailing". */
    public static final ObjectMapper MAPPER = new ObjectMapper();
    /** For one JSON document per string (a JSON line): fails on "{...} junk" so a bad line is not half-read. */
    public static final ObjectReader ONE_DOCUMENT = MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Json() {}

    /** A field's text; null when missing, JSON null, blank, or a container. Numbers and booleans give their text. */
    public static String text(JsonNode obj, String field) {
        JsonNode v = obj == null ? null : obj.get(field);
        if (v == null || v.isNull() || v.isContainerNode()) return null;
        String s = v.asText();
        return s.isBlank() ? null : s;
    }

    /** A field that must be an object, or null when missing or not an object. */
    public static JsonNode object(JsonNode obj, String field) {
        JsonNode v = obj == null ? null : obj.get(field);
        return v != null && v.isObject() ? v : null;
    }

    /** True when the field is absent or JSON null. */
    public static boolean absent(JsonNode obj, String field) {
        JsonNode v = obj == null ? null : obj.get(field);
        return v == null || v.isNull();
    }

    /** What a streaming token is, for "expected ..., found ..." messages. */
    public static String describe(JsonToken t) {
        if (t == null) return "the end of the file";
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.toString();
        };
    }

    /** A short description of a JSON value for error messages, e.g. {@code "abc"} or {@code an object}. */
    public static String describe(JsonNode v) {
        if (v == null || v.isNull()) return "null";
        if (v.isObject()) return "an object";
        if (v.isArray()) return "an array";
        String s = v.toString();
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
