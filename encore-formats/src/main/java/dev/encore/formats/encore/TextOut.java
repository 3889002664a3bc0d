package dev.encore.formats.encore;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One output file fed through a StringBuilder that is encoded to UTF-8 in large blocks: row codecs append
 * straight into {@link #buffer()} and no String is made per row.
 */
final class TextOut implements Closeable {
    private static final int BLOCK = 1 << 18;

    private final OutputStream out;
    private final StringBuilder pending = new StringBuilder(BLOCK + 4096);

    TextOut(Path file) throws IOException {
        this.out = Files.newOutputStream(file);
    }

    StringBuilder buffer() {
        return pending;
    }

    /** Call after appending: writes the buffer out once it holds a block. */
    void maybeFlush() throws IOException {
        if (pending.length() >= BLOCK) drain();
    }

    void append(CharSequence text) throws IOException {
        if (text.length() >= BLOCK) {
            drain();
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        } else {
            pending.append(text);
            maybeFlush();
        }
    }

    void flush() throws IOException {
        drain();
        out.flush();
    }

    private void drain() throws IOException {
        if (pending.length() == 0) return;
        out.write(pending.toString().getBytes(StandardCharsets.UTF_8));
        pending.setLength(0);
    }

    @Override
    public void close() throws IOException {
        try {
            drain();
        } finally {
            out.close();
        }
    }
}
