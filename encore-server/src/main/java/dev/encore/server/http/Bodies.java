package dev.encore.server.http;

import io.javalin.http.Context;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads request bodies with a hard size cap. The Content-Length check happens before any handler; this also stops
 * chunked uploads that announce no length, which would otherwise be read whole into memory.
 */
public final class Bodies {
    private Bodies() {}

    public static byte[] read(Context ctx, long maxBytes) throws IOException {
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes)
                throw ApiProblem.tooLarge("request body exceeds the limit of " + maxBytes + " bytes; split it into smaller requests");
            return body;
        }
    }

    /** The body as a stream that fails with 413 once more than {@code maxBytes} have been read (for streaming parsers). */
    public static InputStream stream(Context ctx, long maxBytes) throws IOException {
        return new FilterInputStream(ctx.req().getInputStream()) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) count(1);
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                if (n > 0) count(n);
                return n;
            }

            private void count(long n) {
                read += n;
                if (read > maxBytes)
                    throw ApiProblem.tooLarge("request body exceeds the limit of " + maxBytes + " bytes; split it into smaller requests");
            }
        };
    }
}
