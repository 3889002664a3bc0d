package dev.encore.server.listenbrainz;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the track id for listen metadata, creating one when unknown. Matching order: recording MBID, ISRC,
 * normalised artist + title; every key of a resolved track is remembered, so a later listen that names the same
 * track differently (only artist + title, say) maps to the same id. Held in memory: the store's catalog replaces it.
 */
public final class TrackResolver {
    private final Map<String, String> byKey = new ConcurrentHashMap<>();

    public synchronized String resolve(String artist, String title, String recordingMbid, String isrc) {
        String mbidKey = recordingMbid == null ? null : "mbid:" + recordingMbid.trim().toLowerCase(Locale.ROOT);
        String isrcKey = isrc == null ? null : "isrc:" + isrc.trim().toUpperCase(Locale.ROOT).replace("-", "");
        String nameKey = "name:" + normalise(artist) + "\u0000" + normalise(title);
        String id = null;
        for (String k : new String[]{mbidKey, isrcKey, nameKey}) {
            if (k != null && id == null) id = byKey.get(k);
        }
        if (id == null) id = mbidKey != null ? mbidKey : isrcKey != null ? isrcKey : "lb:" + shortHash(nameKey);
        for (String k : new String[]{mbidKey, isrcKey, nameKey}) if (k != null) byKey.putIfAbsent(k, id);
        return id;
    }

    /** Lower case, accents and punctuation removed, whitespace collapsed: "Beyoncé – Halo!" ~ "beyonce halo". */
    static String normalise(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return d.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    private static String shortHash(String s) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
