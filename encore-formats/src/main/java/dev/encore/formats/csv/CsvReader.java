package dev.encore.formats.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records from a character stream: fields may be double-quoted, with {@code ""} for a quote and line
 * breaks inside quotes; {@code \n}, {@code \r\n} and {@code \r} end a record; a leading byte-order mark is dropped.
 * A quote inside an unquoted field is kept as text. Tracks the line each record starts on.
 */
final class CsvReader implements Closeable {
    /** Longer records are almost always an unclosed quote swallowing the file. */
    static final int MAX_RECORD_CHARS = 1 << 20;

    /** The record is malformed; the reader has skipped to the end of its line, so reading can go on. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;
        final boolean fatal;

        Malformed(String message, boolean fatal) {
            super(message, null, false, false);
            this.fatal = fatal;
        }
    }

    private final Reader in;
    private final char delimiter;
    private final StringBuilder field = new StringBuilder();
    private int pushedBack = -2;
    private long line = 1;
    private long recordLine;
    private boolean first = true;

    CsvReader(Reader in, char delimiter) {
        this.in = in;
        this.delimiter = delimiter;
    }

    /** The line the last record returned by {@link #next()} started on. */
    long recordLine() {
        return recordLine;
    }

    /**
     * The next record's fields, or null at the end. Blank lines are skipped.
     *
     * @throws Malformed for a bad record; when {@code fatal} (an unclosed quote) the rest of the input is unusable
     */
    List<String> next() throws IOException, Malformed {
        while (true) {
            int c = read();
            if (c == -1) return null;
            if (c == '\n' || c == '\r') {
                endOfLine(c);
                continue;
            }
            unread(c);
            recordLine = line;
            return record();
        }
    }

    private List<String> record() throws IOException, Malformed {
        List<String> fields = new ArrayList<>();
        int chars = 0;
        field.setLength(0);
        boolean quoted = false;
        boolean afterQuote = false;
        boolean fieldStart = true;
        while (true) {
            int c = read();
            if (++chars > MAX_RECORD_CHARS) {
                throw new Malformed("record longer than " + MAX_RECORD_CHARS + " characters (an unclosed quote?); "
                        + "the rest of the file was skipped", true);
            }
            if (quoted) {
                if (c == -1) {
                    throw new Malformed("quoted field never closed; the rest of the file was skipped", true);
                } else if (c == '"') {
                    int d = read();
                    if (d == '"') {
                        field.append('"');
                    } else {
                        unread(d);
                        quoted = false;
                        afterQuote = true;
                    }
                } else {
                    if (c == '\n' || (c == '\r' && peekNot('\n'))) line++;
                    field.append((char) c);
                }
                continue;
            }
            if (c == -1 || c == '\n' || c == '\r') {
                fields.add(field.toString());
                if (c != -1) endOfLine(c);
                return fields;
            }
            if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                afterQuote = false;
                fieldStart = true;
                continue;
            }
            if (afterQuote) {
                skipLine();
                throw new Malformed("unexpected '" + (char) c + "' after a closing quote; quote the whole field and "
                        + "double any quote inside it", false);
            }
            if (c == '"' && fieldStart) {
                quoted = true;
            } else {
                field.append((char) c);
            }
            fieldStart = false;
        }
    }

    private void endOfLine(int c) throws IOException {
        if (c == '\r') {
            int d = read();
            if (d != '\n') unread(d);
        }
        line++;
    }

    private void skipLine() throws IOException {
        int c;
        while ((c = read()) != -1) {
            if (c == '\n' || c == '\r') {
                endOfLine(c);
                return;
            }
        }
    }

    /** For a \r inside quotes: true when it is not the first half of \r\n (which counts once, on the \n). */
    private boolean peekNot(int expected) throws IOException {
        int d = read();
        unread(d);
        return d != expected;
    }

    private int read() throws IOException {
        int c;
        if (pushedBack != -2) {
            c = pushedBack;
            pushedBack = -2;
        } else {
            c = in.read();
        }
        if (first) {
            first = false;
            if (c == '\uFEFF') c = in.read();
        }
        return c;
    }

    private void unread(int c) {
        pushedBack = c;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
