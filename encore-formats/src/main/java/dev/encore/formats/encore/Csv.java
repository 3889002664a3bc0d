package dev.encore.formats.encore;

import dev.encore.core.domain.ItemKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The CSV dialect of the native format: comma separated, RFC 4180 quoting (a field holding a comma, a quote or
 * a line break is wrapped in double quotes, inner quotes doubled). An empty field means "absent" (null); an
 * empty string is written as {@code ""} so the two stay apart.
 */
final class Csv {
    private static final String[] KIND_WIRE = Arrays.stream(ItemKind.values()).map(ItemKind::wire).toArray(String[]::new);

    private Csv() {}

    /** Appends one field, quoting only when needed; null is written as an empty field. */
    static void appendField(StringBuilder sb, String s) {
        if (s == null) return;
        if (!s.isEmpty() && !needsQuotes(s)) {
            sb.append(s);
            return;
        }
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') sb.append('"');
            sb.append(c);
        }
        sb.append('"');
    }

    private static boolean needsQuotes(String s) {
        // indexOf is vectorised by the JIT; a charAt loop was the top frame when writing millions of rows
        return s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
    }

    /** The wire name of an item kind without the per-call lower-casing of {@code ItemKind.wire()}. */
    static String wire(ItemKind kind) {
        return KIND_WIRE[kind.ordinal()];
    }

    /** True when the record text ends inside an open quoted field, i.e. the next physical line continues it. */
    static boolean endsInsideQuotes(CharSequence record) {
        boolean inside = false;
        for (int i = 0; i < record.length(); i++) {
            if (record.charAt(i) == '"') inside = !inside;
        }
        return inside;
    }

    /**
     * Splits one logical record into exactly {@code expected} fields; empty fields become null.
     *
     * @throws IllegalArgumentException with a message naming the problem (field count, stray quote)
     */
    static String[] split(String record, int expected) {
        String[] out = new String[expected];
        int n = 0;
        int i = 0;
        int len = record.length();
        while (true) {
            if (n == expected) throw new IllegalArgumentException("expected " + expected + " fields, found more");
            if (i < len && record.charAt(i) == '"') {
                StringBuilder field = new StringBuilder();
                i++;
                while (true) {
                    if (i >= len) throw new IllegalArgumentException("unterminated quoted field " + (n + 1));
                    char c = record.charAt(i++);
                    if (c == '"') {
                        if (i < len && record.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(c);
                    }
                }
                if (i < len && record.charAt(i) != ',') {
                    throw new IllegalArgumentException("text after the closing quote of field " + (n + 1));
                }
                out[n++] = field.toString();
            } else {
                int end = record.indexOf(',', i);
                if (end < 0) end = len;
                out[n++] = end == i ? null : record.substring(i, end);
                i = end;
            }
            if (i >= len) break;
            i++; // skip the comma
            if (i == len) { // trailing comma: one more empty field
                if (n == expected) throw new IllegalArgumentException("expected " + expected + " fields, found more");
                out[n++] = null;
                break;
            }
        }
        if (n != expected) throw new IllegalArgumentException("expected " + expected + " fields, found " + n);
        return out;
    }

    /** Splits a header line (no quoting expected) into its column names. */
    static List<String> header(String line) {
        List<String> cols = new ArrayList<>();
        for (String c : line.split(",", -1)) cols.add(c.trim());
        return cols;
    }
}
