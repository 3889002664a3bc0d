package dev.encore.formats.rss;

import dev.encore.core.domain.Episode;
import dev.encore.core.domain.Show;
import dev.encore.formats.BadRecord;
import dev.encore.formats.ImportRun;
import dev.encore.formats.RecordType;
import dev.encore.formats.StableIds;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Streams one RSS 2.0 feed (with iTunes and Podcasting 2.0 tags) into the run's sink: every episode as soon as its
 * {@code </item>} is read, the show at the end of the channel (or when the XML breaks off, if it has a title).
 * Ids come from the feed's content, not from where it was read, so a file and its URL import as the same show:
 * {@code show:} + hash of podcast:guid, else the feed's own URL, else its link, else its title; episodes are
 * {@code episode:} + hash of (show id, guid, else enclosure URL, else title and pubDate).
 */
final class RssFeedReader {
    static final String SOURCE = "rss";

    private final ImportRun run;
    private final String label;
    private final ShowFields show = new ShowFields();
    private final Set<String> episodeIds = new HashSet<>();
    private String showId;

    private RssFeedReader(ImportRun run, String label) {
        this.run = run;
        this.label = label;
    }

    /** Reads the feed; a broken feed is reported as a rejected show with the line where it broke. */
    static void read(ImportRun run, String label, InputStream in) {
        new RssFeedReader(run, label).read(in);
    }

    private void read(InputStream in) {
        XMLStreamReader r = null;
        try {
            r = Xml.reader(in);
            root(r);
        } catch (XMLStreamException e) {
            long line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
            emitShowIfNamed();
            java.io.IOException io = ioCause(e);
            run.reject(RecordType.SHOW, label, line, io != null ? "cannot read the rest of the feed: " + io.getMessage()
                    : "malformed XML: " + firstLine(e.getMessage()));
        } catch (BadRecord e) {
            run.reject(RecordType.SHOW, label, r == null ? 0 : lineOf(r), e.getMessage());
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // the stream itself is closed by the caller
                }
            }
        }
    }

    private void root(XMLStreamReader r) throws XMLStreamException {
        while (r.hasNext() && r.next() != XMLStreamConstants.START_ELEMENT) { /* prolog */ }
        if (!r.isStartElement()) throw new BadRecord("empty document: no <rss> element");
        String name = Xml.name(r);
        if (!name.equals("rss")) {
            throw new BadRecord("not an RSS 2.0 feed: the root element is <" + r.getLocalName()
                    + ">, expected <rss>" + (name.equals("atom:feed") ? " (Atom feeds are not supported)" : ""));
        }
        boolean channelSeen = false;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                if (Xml.name(r).equals("channel")) {
                    channelSeen = true;
                    channel(r);
                } else {
                    Xml.skip(r);
                }
            }
        }
        if (!channelSeen) throw new BadRecord("the <rss> element has no <channel>");
    }

    private void channel(XMLStreamReader r) throws XMLStreamException {
        long channelLine = lineOf(r);
        while (true) {
            int ev = r.next();
            if (ev == XMLStreamConstants.END_ELEMENT) break;
            if (ev != XMLStreamConstants.START_ELEMENT) continue;
            String n = Xml.name(r);
            switch (n) {
                case "item" -> item(r);
                case "itunes:category" -> categories(r);
                case "image" -> show.imageUrl = imageUrl(r);
                case "itunes:image" -> {
                    show.imageUrl = Xml.attr(r, "href");
                    Xml.skip(r);
                }
                case "atom:link" -> {
                    if ("self".equals(Xml.attr(r, "rel"))) show.selfUrl = Xml.attr(r, "href");
                    Xml.skip(r);
                }
                case "itunes:owner" -> show.ownerName = ownerName(r);
                default -> show.set(n, Xml.text(r));
            }
        }
        if (show.title == null) throw new BadRecord("the channel (line " + channelLine + ") has no <title>");
        emitShowIfNamed();
    }

    private void item(XMLStreamReader r) throws XMLStreamException {
        long line = lineOf(r);
        ItemFields item = new ItemFields();
        while (true) {
            int ev = r.next();
            if (ev == XMLStreamConstants.END_ELEMENT) break;
            if (ev != XMLStreamConstants.START_ELEMENT) continue;
            String n = Xml.name(r);
            if (n.equals("enclosure")) {
                item.enclosureUrl = Xml.attr(r, "url");
                Xml.skip(r);
            } else {
                item.set(n, Xml.text(r));
            }
        }
        try {
            episode(item, line);
        } catch (BadRecord e) {
            run.reject(RecordType.EPISODE, label, line, e.getMessage());
        }
    }

    private void episode(ItemFields item, long line) {
        if (showId == null) showId = "show:" + StableIds.hash(show.identity());
        String title = item.title();
        if (title == null) throw new BadRecord("episode has no <title> or <itunes:title>");
        String key = item.guid != null ? item.guid : item.enclosureUrl != null ? item.enclosureUrl : title + "\u001F" + item.pubDate;
        String id = "episode:" + StableIds.hash(showId, key);
        if (!episodeIds.add(id)) throw new BadRecord("duplicate episode: guid '" + key + "' already appeared in this feed");
        int durationMs = 0;
        if (item.duration != null) {
            try {
                durationMs = FeedDurations.parseMs(item.duration);
            } catch (BadRecord e) {
                run.warn(RecordType.EPISODE, label, line, e.getMessage() + "; duration left unknown");
            }
        }
        java.time.LocalDate released = null;
        if (item.pubDate != null) {
            try {
                released = FeedDates.parse(item.pubDate).atZone(ZoneOffset.UTC).toLocalDate();
            } catch (BadRecord e) {
                run.warn(RecordType.EPISODE, label, line, e.getMessage() + "; release date left unknown");
            }
        }
        run.sink().episode(new Episode(id, showId, title, item.description(), durationMs, released, SOURCE));
    }

    private void emitShowIfNamed() {
        if (show.title == null || show.emitted) return;
        if (showId == null) showId = "show:" + StableIds.hash(show.identity());
        show.emitted = true;
        if (show.imageUrl != null) run.count("show images (not stored: Show has no image field)", 1);
        run.sink().show(new Show(showId, show.title, show.publisher(), show.description(), List.copyOf(show.categories), SOURCE));
    }

    /** An itunes:category and its nested subcategories, all kept as tags. */
    private void categories(XMLStreamReader r) throws XMLStreamException {
        show.addCategory(Xml.attr(r, "text"));
        while (true) {
            int ev = r.next();
            if (ev == XMLStreamConstants.END_ELEMENT) return;
            if (ev == XMLStreamConstants.START_ELEMENT) {
                if (Xml.name(r).equals("itunes:category")) categories(r);
                else Xml.skip(r);
            }
        }
    }

    private static String imageUrl(XMLStreamReader r) throws XMLStreamException {
        String url = null;
        while (true) {
            int ev = r.next();
            if (ev == XMLStreamConstants.END_ELEMENT) return url;
            if (ev == XMLStreamConstants.START_ELEMENT) {
                if (Xml.name(r).equals("url")) url = Xml.text(r);
                else Xml.skip(r);
            }
        }
    }

    private static String ownerName(XMLStreamReader r) throws XMLStreamException {
        String name = null;
        while (true) {
            int ev = r.next();
            if (ev == XMLStreamConstants.END_ELEMENT) return name;
            if (ev == XMLStreamConstants.START_ELEMENT) {
                if (Xml.name(r).equals("itunes:name")) name = Xml.text(r);
                else Xml.skip(r);
            }
        }
    }

    /** The I/O failure behind a parse error (a dropped or stalled download), if that is what it was. */
    private static java.io.IOException ioCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() != null ? t.getCause()
                : t instanceof XMLStreamException x ? x.getNestedException() : null) {
            if (t instanceof java.io.IOException io) return io;
            if (t.getCause() == t) break;
        }
        return null;
    }

    private static long lineOf(XMLStreamReader r) {
        return Math.max(0, r.getLocation().getLineNumber());
    }

    private static String firstLine(String msg) {
        if (msg == null) return "unreadable";
        String m = msg.strip();
        int nl = m.lastIndexOf('\n');
        return nl >= 0 ? m.substring(nl + 1).strip() : m;
    }

    /** Channel-level values as read so far. */
    private static final class ShowFields {
        String title, link, description, summary, author, ownerName, editor, podcastGuid, newFeedUrl, selfUrl, imageUrl;
        final Set<String> categories = new LinkedHashSet<>();
        boolean emitted;

        void set(String name, String value) {
            if (value == null) return;
            switch (name) {
                case "title" -> title = value;
                case "link" -> link = value;
                case "description" -> description = value;
                case "itunes:summary" -> summary = value;
                case "itunes:author" -> author = value;
                case "managingEditor" -> editor = value;
                case "podcast:guid" -> podcastGuid = value;
                case "itunes:new-feed-url" -> newFeedUrl = value;
                case "category" -> addCategory(value);
                default -> { }
            }
        }

        void addCategory(String c) {
            if (c != null && !c.isBlank()) categories.add(c.trim());
        }

        String identity() {
            if (podcastGuid != null) return "guid " + podcastGuid;
            String url = newFeedUrl != null ? newFeedUrl : selfUrl;
            if (url != null) return "url " + url;
            if (link != null) return "link " + link;
            if (title != null) return "title " + title;
            throw new BadRecord("the channel has no podcast:guid, feed URL, <link> or <title> before its first item,"
                    + " so its episodes cannot be given a show");
        }

        String publisher() {
            return author != null ? author : ownerName != null ? ownerName : editor;
        }

        String description() {
            return PlainText.of(description != null ? description : summary);
        }
    }

    /** One item's values. */
    private static final class ItemFields {
        String guid, title, itunesTitle, description, content, summary, pubDate, duration, enclosureUrl;

        void set(String name, String value) {
            if (value == null) return;
            switch (name) {
                case "guid" -> guid = value;
                case "title" -> title = value;
                case "itunes:title" -> itunesTitle = value;
                case "description" -> description = value;
                case "content:encoded" -> content = value;
                case "itunes:summary" -> summary = value;
                case "pubDate" -> pubDate = value;
                case "itunes:duration" -> duration = value;
                default -> { }
            }
        }

        String title() {
            return title != null ? title : itunesTitle;
        }

        String description() {
            return PlainText.of(description != null ? description : content != null ? content : summary);
        }
    }
}
