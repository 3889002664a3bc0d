package dev.encore.core.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/**
 * Tells {@code onRead} how many bytes each read or skip consumed, as the reader pulls them: import progress and
 * request-size caps follow real reading rather than guesses. {@code onRead} may throw to stop the reader.
 */
public final class CountingInputStream extends FilterInputStream {
    private final LongConsumer onRead;

    public CountingInputStream(InputStream in, LongConsumer onRead) {
        super(in);
        this.onRead = onRead;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) onRead.accept(1);
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) onRead.accept(n);
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        if (skipped > 0) onRead.accept(skipped);
        return skipped;
    }
}
