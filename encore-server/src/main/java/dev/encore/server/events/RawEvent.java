package dev.encore.server.events;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * One event object as read from a streaming parser: for each field name an event may have, its JSON token and its
 * string or integer value, plus every field name in document order (so unknown ones are reported where they stand).
 * One instance is reused for every event of a batch: reading a 1,000-event batch allocates only the strings the
 * events keep, not a JSON tree (the tree was a third of ingest's garbage). A repeated field keeps its last value.
 */
final class RawEvent {
    static final int TYPE = 0, USER_ID = 1, ITEM_ID = 2, ITEM_KIND = 3, AT = 4, MS_PLAYED = 5, SKIPPED = 6,
            CONTEXT_TYPE = 7, CONTEXT_ID = 8, PLATFORM = 9, FEEDBACK = 10, ACTIVE = 11;
    static final List<String> NAMES = List.of("type", "userId", "itemId", "itemKind", "at", "msPlayed", "skipped",
            "contextType", "contextId", "platform", "feedback", "active");
    private static final Map<String, Integer> SLOTS = IntStream.range(0, NAMES.size()).boxed()
            .collect(Collectors.toUnmodifiableMap(NAMES::get, i -> i));

    private final JsonToken[] tokens = new JsonToken[NAMES.size()];
    private final String[] texts = new String[NAMES.size()];
    private final long[] longs = new long[NAMES.size()];
    private final boolean[] fitsLong = new boolean[NAMES.size()];
    private final List<String> names = new ArrayList<>();

    /** Reads the object whose START_OBJECT the parser is on, up to and including its END_OBJECT. */
    void read(JsonParser p) throws IOException {
        Arrays.fill(tokens, null);
        names.clear();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            int slot = SLOTS.getOrDefault(name, -1);
            if (!names.contains(name)) names.add(name);
            if (slot < 0) {
                p.skipChildren();
                continue;
            }
            tokens[slot] = v;
            switch (v) {
                case VALUE_STRING -> texts[slot] = p.getText();
                case VALUE_NUMBER_INT -> {
                    JsonParser.NumberType t = p.getNumberType();
                    fitsLong[slot] = t == JsonParser.NumberType.INT || t == JsonParser.NumberType.LONG;
                    if (fitsLong[slot]) longs[slot] = p.getLongValue();
                }
                default -> p.skipChildren();
            }
        }
    }

    /** Whether the field is absent or JSON null. */
    boolean missing(int slot) {
        return tokens[slot] == null || tokens[slot] == JsonToken.VALUE_NULL;
    }

    boolean isText(int slot) {
        return tokens[slot] == JsonToken.VALUE_STRING;
    }

    String text(int slot) {
        return texts[slot];
    }

    boolean isBoolean(int slot) {
        return tokens[slot] == JsonToken.VALUE_TRUE || tokens[slot] == JsonToken.VALUE_FALSE;
    }

    boolean bool(int slot) {
        return tokens[slot] == JsonToken.VALUE_TRUE;
    }

    /** Whether the field is an integer that fits a long. */
    boolean isLong(int slot) {
        return tokens[slot] == JsonToken.VALUE_NUMBER_INT && fitsLong[slot];
    }

    long longValue(int slot) {
        return longs[slot];
    }

    /** Every field name of the object, in document order, each once. */
    List<String> names() {
        return names;
    }
}
