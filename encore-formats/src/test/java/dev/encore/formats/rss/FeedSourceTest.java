package dev.encore.formats.rss;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeedSourceTest {
    @Test
    void aHostThatStallsMidBodyIsCutOffAtTheDeadline() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/slow.xml", ex -> {
            ex.sendResponseHeaders(200, 0); // chunked: the body never says how long it is
            OutputStream out = ex.getResponseBody();
            out.write("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>".getBytes(StandardCharsets.UTF_8));
            out.flush();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            out.close();
        });
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newCachedThreadPool();
        server.setExecutor(pool); // each stalled request holds a thread until released
        server.start();
        try {
            FeedSource src = FeedSource.ofUri(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/slow.xml"));
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> {
                try (InputStream in = src.open(Duration.ofMillis(400))) {
                    in.readAllBytes();
                }
            }).hasMessageContaining("download took longer than");
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
            // inside an import the cut-off is a rejected feed that says why, not an XML error
            dev.encore.formats.RecordingSink sink = new dev.encore.formats.RecordingSink();
            dev.encore.formats.ImportRun run = new dev.encore.formats.ImportRun("rss", sink, dev.encore.formats.ImportOptions.defaults());
            try (InputStream in = src.open(Duration.ofMillis(400))) {
                RssFeedReader.read(run, src.label(), in);
            }
            assertThat(run.report().rejects()).singleElement()
                    .satisfies(i -> assertThat(i.reason()).startsWith("cannot read the rest of the feed: download took longer than"));
        } finally {
            release.countDown();
            server.stop(0);
            pool.shutdownNow();
        }
    }
}
