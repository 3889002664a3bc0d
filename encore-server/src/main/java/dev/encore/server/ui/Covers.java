package dev.encore.server.ui;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * Generated cover art: a two-stop gradient whose hue comes from the genre tag (so a genre keeps its colour) shifted
 * by the artist names (so artists of one genre still differ). Saturation and lightness are fixed so white text on it
 * keeps a contrast ratio of at least 4.5:1.
 */
public final class Covers {
    private Covers() {}

    /** The CSS {@code background} for a tile of a track with these tags and artist names. */
    public static String gradient(List<String> tags, List<String> artists) {
        String names = String.join(",", artists == null ? List.of() : artists);
        String genre = tags == null || tags.isEmpty() ? "" : tags.get(0).toLowerCase(Locale.ROOT);
        int base = hue(genre.isEmpty() ? names : genre);
        int artist = hue(names);
        int second = (base + 40 + artist % 140) % 360;
        // The highlight sits top-right, away from the initials (bottom-left), so it never weakens their contrast.
        return String.format(Locale.ROOT, "radial-gradient(circle at 78%% 22%%, hsl(%d 85%% 62%% / .45), transparent 55%%), "
                + "linear-gradient(%ddeg, hsl(%d 62%% 34%%), hsl(%d 70%% 20%%))", second, 100 + artist % 80, base, second);
    }

    /** Up to two initials of the first artist, shown large on the tile. */
    public static String initials(List<String> artists) {
        if (artists == null || artists.isEmpty() || artists.get(0).isBlank()) return "♪";
        String[] words = artists.get(0).trim().split("\\s+");
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (b.length() == 2) break;
            int cp = w.codePointAt(0);
            if (Character.isLetterOrDigit(cp)) b.appendCodePoint(Character.toUpperCase(cp));
        }
        return b.length() == 0 ? "♪" : b.toString();
    }

    static int hue(String key) {
        CRC32 crc = new CRC32();
        crc.update(key.getBytes(StandardCharsets.UTF_8));
        return (int) (crc.getValue() % 360);
    }
}
