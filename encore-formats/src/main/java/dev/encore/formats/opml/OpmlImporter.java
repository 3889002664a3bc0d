package dev.encore.formats.opml;

import dev.encore.core.domain.RecordSink;
import dev.encore.formats.BadRecord;
import dev.encore.formats.ImportException;
import dev.encore.formats.ImportOptions;
import dev.encore.formats.ImportReport;
import dev.encore.formats.Importer;
import dev.encore.formats.ImportRun;
import dev.encore.formats.RecordType;
import dev.encore.formats.rss.FeedImport;
import dev.encore.formats.rss.FeedSource;

import javax.xml.stream.XMLStreamException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * OPML subscription lists (files or URLs): each outline's {@code xmlUrl} is fetched (relative links resolve
 * against the list) and imported as an RSS feed. A broken list or a feed that fails is reported with its place
 * and reason; the remaining feeds still import. A feed listed twice is read once.
 */
public final class OpmlImporter implements Importer {
    @Override
    public String format() {
        return "opml";
    }

    @Override
    public String description() {
        return "OPML podcast subscription lists (files or URLs): every listed RSS feed is fetched and imported";
    }

    @Override
    public ImportReport importPaths(List<Path> paths, RecordSink sink, ImportOptions opts) {
        if (paths == null || paths.isEmpty()) {
            throw new ImportException(null, 0, "no input given; pass at least one OPML file or URL");
        }
        ImportRun run = new ImportRun(format(), sink, opts);
        Set<String> seen = new LinkedHashSet<>();
        for (Path p : paths) {
            FeedSource list = FeedSource.parse(p.toString());
            for (OpmlReader.Subscription s : subscriptions(run, list)) {
                FeedSource feed;
                try {
                    feed = list.resolve(s.xmlUrl());
                } catch (IllegalArgumentException e) {
                    run.reject(RecordType.SHOW, list.label(), s.line(), "outline xmlUrl '" + s.xmlUrl() + "' is not a usable URL: " + e.getMessage());
                    continue;
                }
                if (seen.add(feed.label())) FeedImport.importFeed(run, feed);
                else run.ignore("feed listed twice");
            }
        }
        return run.finish();
    }

    private static List<OpmlReader.Subscription> subscriptions(ImportRun run, FeedSource list) {
        run.count("subscription lists", 1);
        if (!list.remote() && !Files.isRegularFile(list.file())) {
            run.reject(RecordType.SHOW, list.label(), 0, "no such file; give an OPML file or an http(s) URL");
            return List.of();
        }
        try (InputStream in = list.remote() ? list.open() : run.open(list.file())) {
            List<OpmlReader.Subscription> subs = OpmlReader.read(in);
            if (subs.isEmpty()) run.warn(RecordType.SHOW, list.label(), 0, "no <outline> with an xmlUrl: nothing to import");
            return subs;
        } catch (XMLStreamException e) {
            long line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
            run.reject(RecordType.SHOW, list.label(), line, "malformed OPML: " + lastLine(e.getMessage()));
        } catch (BadRecord e) {
            run.reject(RecordType.SHOW, list.label(), 0, e.getMessage());
        } catch (IOException e) {
            run.reject(RecordType.SHOW, list.label(), 0, (list.remote() ? "cannot fetch: " : "cannot read: ") + e.getMessage());
        }
        return List.of();
    }

    private static String lastLine(String msg) {
        if (msg == null) return "unreadable";
        String m = msg.strip();
        int nl = m.lastIndexOf('\n');
        return nl >= 0 ? m.substring(nl + 1).strip() : m;
    }
}
