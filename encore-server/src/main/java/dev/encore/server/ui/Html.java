package dev.encore.server.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The only way text reaches a page: every catalog name, id and message goes through {@link #esc} first. */
public final class Html {
    private Html() {}

    /** Escapes text for element content and double-quoted attributes. */
    public static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A path segment for an id (ids are any client string, e.g. {@code spotify:track:...}), escaped for an attribute. */
    public static String seg(String id) {
        return esc(URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20"));
    }
}
