package dev.encore.formats;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;

/**
 * Reads a text file line by line with 1-based line numbers: a leading byte-order mark is dropped and
 * {@code \n}, {@code \r\n} and {@code \r} all end a line. Undecodable bytes become U+FFFD rather than failing.
 */
public final class TextLines implements Closeable {
    private final BufferedReader reader;
    private long lineNumber;

    public TextLines(InputStream in, Charset charset) {
        this.reader = new BufferedReader(new InputStreamReader(in, charset), 1 << 16);
    }

    /** The next line without its terminator, or null at the end. */
    public String next() throws IOException {
        String line = reader.readLine();
        if (line == null) return null;
        lineNumber++;
        if (lineNumber == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') line = line.substring(1);
        return line;
    }

    /** The number of the line last returned by {@link #next()}. */
    public long lineNumber() {
        return lineNumber;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
