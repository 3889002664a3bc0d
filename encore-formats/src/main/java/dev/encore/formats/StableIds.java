package dev.encore.formats;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Deterministic ids for things an input names but does not identify (an artist known only by name): the same
 * names, differently cased or spaced, give the same id on every machine and every run.
 */
public final class StableIds {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private StableIds() {}

    /** Unicode NFKC, lower case, runs of white space as one space, trimmed. */
    public static String normalize(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return SPACES.matcher(n).replaceAll(" ").trim();
    }

    /** 16 hex digits (64 bits) of SHA-256 over the normalized parts; parts are kept apart so ("ab","c") != ("a","bc"). */
    public static String hash(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) sb.append('\u001F');
            sb.append(parts[i] == null ? "" : normalize(parts[i]));
        }
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** The lower-case MusicBrainz id when {@code s} is a UUID, else null. */
    public static String mbid(String s) {
        if (s == null) return null;
        String t = s.trim().toLowerCase(Locale.ROOT);
        return UUID.matcher(t).matches() ? t : null;
    }
}
