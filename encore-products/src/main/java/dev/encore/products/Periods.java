package dev.encore.products;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;

/**
 * Period strings and seeds for generated playlists: a weekly product is keyed by the ISO week in the listener's
 * time zone ("2026-W48"), a daily one by the local date ("2026-11-23"); the seed hashes user and period so the
 * same inputs give the same playlist all period long and a different one next period.
 */
public final class Periods {
    private Periods() {}

    /** The ISO week-based year and week of {@code at} in {@code zone}, e.g. "2026-W48" (weeks start on Monday). */
    public static String isoWeek(Instant at, ZoneId zone) {
        LocalDate d = at.atZone(zone).toLocalDate();
        return String.format("%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The local date of {@code at} in {@code zone}, e.g. "2026-11-23". */
    public static String day(Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalDate().toString();
    }

    /** A stable 64-bit seed for (user, period, product): FNV-1a over the UTF-8 bytes, then a mix step. */
    public static long seed(String userId, String period, String product) {
        long h = 0xcbf29ce484222325L;
        for (byte b : (product + '\u0000' + userId + '\u0000' + period).getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** SplitMix64 finaliser: spreads the bits of {@code x}. */
    public static long mix(long x) {
        x = (x ^ (x >>> 30)) * 0xbf58476d1ce4e5b9L;
        x = (x ^ (x >>> 27)) * 0x94d049bb133111ebL;
        return x ^ (x >>> 31);
    }

    /** A uniform value in [0, 1) determined by {@code seed} and {@code key} alone (order independent noise). */
    public static double unit(long seed, String key) {
        return (mix(seed ^ mix(key.hashCode() * 0x9e3779b97f4a7c15L)) >>> 11) * 0x1.0p-53;
    }
}
