package dev.encore.server.http;

import dev.encore.core.io.CountingInputStream;
import io.javalin.http.Context;

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
        long[] read = {0};
        return new CountingInputStream(ctx.req().getInputStream(), n -> {
            if ((read[0] += n) > maxBytes)
                throw ApiProblem.tooLarge("request body exceeds the limit of " + maxBytes + " bytes; split it into smaller requests");
        });
    }
}
