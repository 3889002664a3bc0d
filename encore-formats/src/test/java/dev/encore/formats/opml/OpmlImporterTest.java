package dev.encore.formats.opml;

import com.sun.net.httpserver.HttpServer;
import dev.encore.core.domain.Episode;
import dev.encore.core.domain.Show;
import dev.encore.formats.Fixtures;
import dev.encore.formats.ImportOptions;
import dev.encore.formats.ImportReport;
import dev.encore.formats.Importers;
import dev.encore.formats.RecordingSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class OpmlImporterTest {
    private HttpServer server;
    private String base;
    private final AtomicInteger feedFetches = new AtomicInteger();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] feed = Files.readAllBytes(Fixtures.path("rss/good.xml"));
        server.createContext("/feeds/owls.xml", ex -> {
            feedFetches.incrementAndGet();
            send(ex, 200, feed, "application/rss+xml");
        });
        server.createContext("/old-owls", ex -> {
            ex.getResponseHeaders().add("Location", "/feeds/owls.xml");
            send(ex, 301, new byte[0], "text/plain");
        });
        server.createContext("/gone.xml", ex -> send(ex, 404, "gone".getBytes(StandardCharsets.UTF_8), "text/plain"));
        String opml = """
                <?xml version="1.0"?>
                <opml version="1.0"><body>
                  <outline text="owls (moved)" type="rss" xmlUrl="/old-owls"/>
                  <outline text="gone" type="rss" xmlUrl="gone.xml"/>
                </body></opml>
                """;
        server.createContext("/list.opml", ex -> send(ex, 200, opml.getBytes(StandardCharsets.UTF_8), "text/x-opml"));
        server.start();
        base = "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private static void send(com.sun.net.httpserver.HttpExchange ex, int status, byte[] body, String type) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Test
    void importsEveryListedFeedOnceAndReportsTheMissingOne() {
        RecordingSink sink = new RecordingSink();
        Path list = Fixtures.path("opml/subscriptions.opml");
        ImportReport report = Importers.byName("opml").importPaths(List.of(list), sink, ImportOptions.defaults());

        assertThat(sink.of(Show.class)).extracting(Show::title).containsExactly("Night Owls", "Rough Cuts");
        assertThat(sink.of(Episode.class)).hasSize(5);
        assertThat(report.rejects()).extracting(i -> i.file() + " " + i.reason()).contains(
                list.toAbsolutePath().getParent().resolve("missing.xml") + " no such file; give a feed file, a directory of *.xml/*.rss files or an http(s) URL");
        assertThat(report.ignored("feed listed twice")).isEqualTo(1);
    }

    @Test
    void brokenListIsReportedWithItsLine() {
        RecordingSink sink = new RecordingSink();
        ImportReport report = Importers.byName("opml").importPaths(List.of(Fixtures.path("opml/broken.opml")), sink,
                ImportOptions.defaults());
        assertThat(sink.records).isEmpty();
        assertThat(report.rejects()).singleElement().satisfies(i -> {
            assertThat(i.line()).isEqualTo(2);
            assertThat(i.reason()).startsWith("malformed OPML: ");
        });
    }

    @Test
    void fetchesListAndFeedsOverHttpFollowingRedirectsAndReportingHttpErrors() {
        RecordingSink sink = new RecordingSink();
        // the way picocli hands a URL over: as a Path, whose string folds the double slash
        Path url = Path.of(base + "/list.opml");
        ImportReport report = Importers.byName("opml").importPaths(List.of(url), sink, ImportOptions.defaults());

        assertThat(sink.of(Show.class)).extracting(Show::title).containsExactly("Night Owls");
        assertThat(sink.of(Episode.class)).hasSize(3);
        assertThat(report.rejects()).singleElement().satisfies(i -> {
            assertThat(i.file()).isEqualTo(base + "/gone.xml");
            assertThat(i.reason()).startsWith("cannot fetch: HTTP 404");
        });
    }

    @Test
    void rssUrlImportMatchesTheFileImportAndDeadHostsAreNotFatal() throws IOException {
        RecordingSink fromUrl = new RecordingSink();
        RecordingSink fromFile = new RecordingSink();
        int deadPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            deadPort = s.getLocalPort();
        }
        ImportReport report = Importers.byName("rss").importPaths(
                List.of(Path.of("http://127.0.0.1:" + deadPort + "/feed.xml"), Path.of(base + "/feeds/owls.xml")),
                fromUrl, ImportOptions.defaults());
        Importers.byName("rss").importPaths(List.of(Fixtures.path("rss/good.xml")), fromFile, ImportOptions.defaults());

        assertThat(fromUrl.records).isEqualTo(fromFile.records);
        assertThat(feedFetches.get()).isEqualTo(1);
        assertThat(report.rejects()).singleElement().satisfies(i -> assertThat(i.reason()).startsWith("cannot fetch: "));
    }
}
