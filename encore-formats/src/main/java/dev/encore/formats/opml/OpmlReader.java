package dev.encore.formats.opml;

import dev.encore.formats.BadRecord;
import dev.encore.formats.rss.Xml;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The feed links of an OPML subscription list: every {@code <outline>} with an {@code xmlUrl}, at any depth
 * (podcast apps group subscriptions in folders), in document order, with the line each was found on.
 */
final class OpmlReader {
    record Subscription(String xmlUrl, String title, long line) {}

    private OpmlReader() {}

    static List<Subscription> read(InputStream in) throws XMLStreamException {
        XMLStreamReader r = Xml.reader(in);
        try {
            while (r.hasNext() && r.next() != XMLStreamConstants.START_ELEMENT) { /* prolog */ }
            if (!r.isStartElement() || !r.getLocalName().equals("opml")) {
                throw new BadRecord("not an OPML document: the root element is "
                        + (r.isStartElement() ? "<" + r.getLocalName() + ">" : "missing") + ", expected <opml>");
            }
            List<Subscription> out = new ArrayList<>();
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("outline")) {
                    String url = Xml.attr(r, "xmlUrl");
                    if (url == null) url = Xml.attr(r, "xmlurl");
                    String title = Xml.attr(r, "text") != null ? Xml.attr(r, "text") : Xml.attr(r, "title");
                    if (url != null) out.add(new Subscription(url, title, r.getLocation().getLineNumber()));
                }
            }
            return out;
        } finally {
            r.close();
        }
    }
}
