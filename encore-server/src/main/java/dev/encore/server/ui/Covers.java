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
final class Covers {
    private Covers() {}

    /** The CSS {@code background} for a tile of a track with these tags and artist names. */
    static String gradient(List<String> tags, List<String> artists) {
        String genre = tags == null || tags.isEmpty() ? "" : tags.get(0).toLowerCase(Locale.ROOT);
        int base = hue(genre.isEmpty() ? String.join(",", artists == null ? List.of() : artists) : genre);
        int shift = 25 + hue(String.join(",", artists == null ? List.of() : artists)) % 70;
        return String.format(Locale.ROOT, "linear-gradient(135deg, hsl(%d 62%% 34%%), hsl(%d 70%% 22%%))", base, (base + shift) % 360);
    }

    /** Up to two initials of the first artist, shown large on the tile. */
    static String initials(List<String> artists) {
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
