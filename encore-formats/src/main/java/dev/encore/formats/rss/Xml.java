package dev.encore.formats.rss;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.util.Map;

/** StAX helpers shared by the RSS and OPML readers: a hardened factory and tolerant text reading. */
public final class Xml {
    private static final Map<String, String> PREFIXES = Map.of(
            "http://www.itunes.com/dtds/podcast-1.0.dtd", "itunes:",
            "https://podcastindex.org/namespace/1.0", "podcast:",
            "http://www.w3.org/2005/Atom", "atom:",
            "http://purl.org/rss/1.0/modules/content/", "content:");

    private Xml() {}

    /** A reader with DTDs and external entities off: a feed from the internet must not read local files (XXE). */
    public static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        try {
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        } catch (IllegalArgumentException ignored) {
            // not every StAX implementation knows the JAXP property; SUPPORT_DTD already covers it
        }
        return f.createXMLStreamReader(in);
    }

    /**
     * The element's name with a fixed prefix for the podcast namespaces ({@code itunes:duration}) whatever prefix
     * the feed declared, and the bare local name for elements without a namespace.
     */
    public static String name(XMLStreamReader r) {
        String ns = r.getNamespaceURI();
        if (ns == null || ns.isEmpty()) return r.getLocalName();
        String p = PREFIXES.get(ns);
        if (p == null && ns.startsWith("https://podcastindex.org/namespace/")) p = "podcast:";
        return (p == null ? "{" + ns + "}" : p) + r.getLocalName();
    }

    /** The text inside the current element, nested markup included as text; leaves the reader on its end tag. */
    public static String text(XMLStreamReader r) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
                sb.append(' ');
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
                    || ev == XMLStreamConstants.SPACE || ev == XMLStreamConstants.ENTITY_REFERENCE) {
                sb.append(r.getText());
            }
        }
        String s = sb.toString().trim();
        return s.isEmpty() ? null : s;
    }

    /** Skips the current element's subtree, leaving the reader on its end tag. */
    public static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) depth++;
            else if (ev == XMLStreamConstants.END_ELEMENT) depth--;
        }
    }

    public static String attr(XMLStreamReader r, String local) {
        String v = r.getAttributeValue(null, local);
        return v == null || v.isBlank() ? null : v.trim();
    }
}
