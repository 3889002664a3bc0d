package dev.encore.formats.rss;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Where a feed comes from: a local file or an http(s) URL the user gave. URLs are fetched with the JDK client,
 * following redirects, with connect and read timeouts, so one dead host cannot stall a whole OPML import.
 */
public record FeedSource(String label, URI uri, Path file) {
    static final Duration TIMEOUT = Duration.ofSeconds(20);
    /** The longest a whole feed download may take; a host that stalls mid-body is cut off after it. */
    static final Duration DOWNLOAD_LIMIT = Duration.ofMinutes(2);
    private static final java.util.concurrent.ScheduledExecutorService WATCHDOG =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "feed-download-watchdog");
                t.setDaemon(true);
                return t;
            });
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(TIMEOUT).build();

    public static FeedSource ofFile(Path file) {
        return new FeedSource(file.toString(), null, file);
    }

    public static FeedSource ofUri(URI uri) {
        return new FeedSource(uri.toString(), uri, null);
    }

    public boolean remote() {
        return uri != null;
    }

    /**
     * A command-line argument as a source. Picocli hands URLs over as paths, and a Unix path folds
     * {@code https://host} into {@code https:/host}; the lost slash is put back.
     */
    public static FeedSource parse(String arg) {
        String a = arg.trim();
        String lower = a.toLowerCase(Locale.ROOT);
        for (String scheme : new String[] {"http:", "https:"}) {
            if (lower.startsWith(scheme)) {
                String rest = a.substring(scheme.length()).replaceFirst("^/+", "");
                try {
                    return ofUri(URI.create(scheme + "//" + rest));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("'" + a + "' is not a valid URL: " + e.getMessage());
                }
            }
        }
        return ofFile(Path.of(a));
    }

    /** Opens the feed; an HTTP status other than 2xx is an IOException naming it. */
    public InputStream open() throws IOException {
        return open(DOWNLOAD_LIMIT);
    }

    /** As {@link #open()}, cutting a download off after {@code limit} (the stream is closed; reads then fail). */
    InputStream open(Duration limit) throws IOException {
        if (!remote()) return Files.newInputStream(file);
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("User-Agent", "Encore podcast import")
                .header("Accept", "application/rss+xml, application/xml, text/xml, text/x-opml, */*").GET().build();
        HttpResponse<InputStream> resp;
        try {
            resp = CLIENT.send(req, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching", e);
        }
        if (resp.statusCode() / 100 != 2) {
            resp.body().close();
            throw new IOException("HTTP " + resp.statusCode() + " from " + resp.uri());
        }
        return new Deadline(resp.body(), limit);
    }

    /** A body that the watchdog closes at the deadline, so a stalled read ends with an IOException saying why. */
    private static final class Deadline extends java.io.FilterInputStream {
        private final java.util.concurrent.ScheduledFuture<?> timer;
        private final Duration limit;
        private volatile boolean expired;

        Deadline(InputStream in, Duration limit) {
            super(in);
            this.limit = limit;
            this.timer = WATCHDOG.schedule(this::expire, limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        }

        private void expire() {
            expired = true;
            try {
                in.close();
            } catch (IOException ignored) {
                // closing is how the blocked reader is woken; its read reports the deadline
            }
        }

        private IOException late(IOException cause) {
            return expired ? new IOException("download took longer than " + limit.toSeconds() + " s; the host stalled", cause) : cause;
        }

        @Override
        public int read() throws IOException {
            try {
                int b = super.read();
                if (b < 0 && expired) throw late(null);
                return b;
            } catch (IOException e) {
                throw late(e);
            }
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            try {
                int n = super.read(buf, off, len);
                if (n < 0 && expired) throw late(null);
                return n;
            } catch (IOException e) {
                throw late(e);
            }
        }

        @Override
        public void close() throws IOException {
            timer.cancel(false);
            super.close();
        }
    }

    /** Resolves a link found inside this source (an OPML xmlUrl may be relative to the OPML file). */
    public FeedSource resolve(String link) {
        String l = link.trim();
        String lower = l.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http:") || lower.startsWith("https:")) return parse(l);
        if (lower.startsWith("file:")) return ofFile(Path.of(URI.create(l)));
        if (remote()) return ofUri(uri.resolve(l));
        Path parent = file.toAbsolutePath().getParent();
        return ofFile(parent == null ? Path.of(l) : parent.resolve(l));
    }
}
