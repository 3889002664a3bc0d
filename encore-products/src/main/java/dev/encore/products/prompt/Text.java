package dev.encore.products.prompt;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text normalisation shared by prompts, tags and artist names, so "Sigur Rós", "sigur ros" and "SIGUR-ROS" meet:
 * lower case, accents stripped, apostrophes dropped ("80's" = "80s"), "&" read as "and", other punctuation as space.
 */
public final class Text {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

    private Text() {}

    public static String norm(String s) {
        if (s == null) return "";
        String t = Normalizer.normalize(s, Normalizer.Form.NFD);
        t = MARKS.matcher(t).replaceAll("").toLowerCase(Locale.ROOT).replace("'", "").replace("’", "").replace("&", " and ");
        return NON_WORD.matcher(t).replaceAll(" ").trim();
    }

    /** The normalised words of {@code s}. */
    public static List<String> words(String s) {
        String n = norm(s);
        List<String> out = new ArrayList<>();
        if (n.isEmpty()) return out;
        for (String w : n.split(" ")) out.add(w);
        return out;
    }

    /** "chill indie" -> "Chill Indie". */
    public static String titleCase(String s) {
        StringBuilder b = new StringBuilder();
        for (String w : s.split(" ")) {
            if (w.isEmpty()) continue;
            if (b.length() > 0) b.append(' ');
            b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return b.toString();
    }
}
