package dev.encore.formats;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Streams the objects of a JSON file that is either one array of objects (Spotify, old ListenBrainz exports) or
 * JSON Lines (one object per line): one object in memory at a time. The shape is told by the first character
 * after any byte-order mark and white space: {@code [} means an array. A bad JSON line is reported and skipped;
 * a syntax error inside an array cannot be resynchronised, so it is reported and the rest of the file skipped.
 */
public final class JsonRecords {
    /** Receives each object with the line it starts on. */
    @FunctionalInterface
    public interface Handler {
        void record(JsonNode object, long line);
    }

    /** Receives each unusable element: its line and why. */
    @FunctionalInterface
    public interface BadHandler {
        void bad(long line, String reason);
    }

    private JsonRecords() {}

    public static void read(InputStream raw, Handler handler, BadHandler onBad) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        if (startsWithArray(in)) readArray(in, handler, onBad);
        else readLines(in, handler, onBad);
    }

    private static boolean startsWithArray(BufferedInputStream in) throws IOException {
        in.mark(1 << 12);
        try {
            int b = in.read();
            if (b == 0xEF && in.read() == 0xBB && in.read() == 0xBF) b = in.read();
            for (int n = 0; n < 4000 && (b == ' ' || b == '\t' || b == '\r' || b == '\n'); n++) b = in.read();
            return b == '[';
        } finally {
            in.reset();
        }
    }

    private static void readArray(InputStream in, Handler handler, BadHandler onBad) throws IOException {
        try (JsonParser p = Json.MAPPER.createParser(in)) {
            long line = 1;
            try {
                p.nextToken(); // START_ARRAY, checked by the caller
                JsonToken t;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (t == null) {
                        onBad.bad(line, "the file ends before the closing ]");
                        return;
                    }
                    line = p.currentTokenLocation().getLineNr();
                    if (t != JsonToken.START_OBJECT) {
                        p.skipChildren();
                        onBad.bad(line, "expected a JSON object, found " + Json.describe(t));
                        continue;
                    }
                    JsonNode node = p.readValueAsTree();
                    handler.record(node, line);
                }
                if (p.nextToken() != null) {
                    onBad.bad(p.currentTokenLocation().getLineNr(), "unexpected content after the closing ]");
                }
            } catch (JsonProcessingException e) {
                long at = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation().getLineNr() : line;
                onBad.bad(at, "malformed JSON: " + e.getOriginalMessage() + "; the rest of the file was skipped");
            }
        }
    }

    private static void readLines(InputStream in, Handler handler, BadHandler onBad) throws IOException {
        try (TextLines lines = new TextLines(in, StandardCharsets.UTF_8)) {
            String s;
            while ((s = lines.next()) != null) {
                if (s.isBlank()) continue;
                JsonNode node;
                try {
                    node = Json.ONE_DOCUMENT.readTree(s);
                } catch (JsonProcessingException e) {
                    onBad.bad(lines.lineNumber(), "malformed JSON: " + firstLine(e.getOriginalMessage()));
                    continue;
                }
                if (node == null || !node.isObject()) {
                    onBad.bad(lines.lineNumber(), "expected a JSON object, found " + Json.describe(node));
                    continue;
                }
                handler.record(node, lines.lineNumber());
            }
        }
    }

    private static String firstLine(String s) {
        if (s == null) return "unreadable";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
