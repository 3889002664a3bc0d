package dev.encore.formats.listenbrainz;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Ids for what a ListenBrainz listen names. A track is its recording MBID ({@code mbid:<uuid>}), else its ISRC
 * ({@code isrc:<ISRC>}), else {@code lb:<hash>} of its normalised artist and title: the same scheme as the
 * server's live {@code submit-listens} ingest (encore-server {@code TrackResolver}), so a listen imported from
 * an export and the same listen scrobbled live land on one track. Artists and albums without MBIDs get
 * {@code lb:artist:<hash>} and {@code lb:album:<hash>} under the same normalisation.
 */
public final class ListenBrainzIds {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTERS_OR_DIGITS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private ListenBrainzIds() {}

    /** @param recordingMbid a validated lower-case MBID or null; @param isrc as submitted or null */
    public static String trackId(String artist, String title, String recordingMbid, String isrc) {
        if (recordingMbid != null) return "mbid:" + recordingMbid;
        String code = isrc == null ? "" : isrc.trim().toUpperCase(Locale.ROOT).replace("-", "");
        if (!code.isEmpty()) return "isrc:" + code;
        return "lb:" + hash("name:" + normalise(artist) + "\u0000" + normalise(title), 10);
    }

    public static String artistId(String artist) {
        return "lb:artist:" + hash(normalise(artist), 8);
    }

    public static String albumId(String artist, String release) {
        return "lb:album:" + hash(normalise(artist) + "\u0000" + normalise(release), 8);
    }

    /** Accents and punctuation dropped, lower case, spaces collapsed: "Beyoncé – Halo!" and "beyonce halo" match. */
    public static String normalise(String s) {
        String d = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        return NOT_LETTERS_OR_DIGITS.matcher(d.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    private static String hash(String s, int bytes) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
