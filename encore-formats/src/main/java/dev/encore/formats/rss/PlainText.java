package dev.encore.formats.rss;

import java.util.regex.Pattern;

/** Show notes are HTML; recommendations compare words, so tags go and the common entities are decoded. */
final class PlainText {
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private PlainText() {}

    static String of(String html) {
        if (html == null) return null;
        String s = TAG.matcher(html).replaceAll(" ")
                .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&apos;", "'").replace("&amp;", "&");
        s = SPACE.matcher(s).replaceAll(" ").trim();
        return s.isEmpty() ? null : s;
    }
}
