package dev.encore.formats.encore;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * ISO-8601 UTC instants for the listens file without going through {@code DateTimeFormatter} per row: the listens
 * file has millions of rows and the formatter dominates a profile. Whole seconds in years 0000–9999 take the fast
 * path ({@code 2026-11-23T18:04:05Z}); anything else falls back to {@link Instant#toString()} / {@link Instant#parse}.
 */
public final class Timestamps {
    private static final int[] DAYS_IN_MONTH = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    private static final long MIN_FAST = -62167219200L; // 0000-01-01T00:00:00Z
    private static final long MAX_FAST = 253402300799L; // 9999-12-31T23:59:59Z

    private Timestamps() {}

    /** Appends {@code t} as ISO-8601 in UTC. */
    public static void append(StringBuilder sb, Instant t) {
        long s = t.getEpochSecond();
        if (t.getNano() != 0 || s < MIN_FAST || s > MAX_FAST) {
            sb.append(t);
            return;
        }
        long days = Math.floorDiv(s, 86_400L);
        int secOfDay = (int) Math.floorMod(s, 86_400L);
        // civil-from-days (proleptic Gregorian), after H. Hinnant's public-domain date algorithms
        long z = days + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int day = (int) (doy - (153 * mp + 2) / 5 + 1);
        int month = (int) (mp < 10 ? mp + 3 : mp - 9);
        long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
        pad(sb, (int) year, 4).append('-');
        pad(sb, month, 2).append('-');
        pad(sb, day, 2).append('T');
        pad(sb, secOfDay / 3600, 2).append(':');
        pad(sb, secOfDay / 60 % 60, 2).append(':');
        pad(sb, secOfDay % 60, 2).append('Z');
    }

    private static StringBuilder pad(StringBuilder sb, int v, int width) {
        for (int p = width == 4 ? 1000 : 10; p > 1 && v < p; p /= 10) sb.append('0');
        return sb.append(v);
    }

    /**
     * Parses an ISO-8601 instant ({@code Z} or a numeric offset, optional fraction).
     *
     * @throws IllegalArgumentException naming the bad text and the expected form
     */
    public static Instant parse(String text) {
        if (text == null) throw new IllegalArgumentException("timestamp is missing; expected ISO-8601 such as 2026-11-23T18:04:05Z");
        if (text.length() == 20 && text.charAt(19) == 'Z') {
            long fast = fastSeconds(text);
            if (fast != Long.MIN_VALUE) return Instant.ofEpochSecond(fast);
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("bad timestamp '" + text + "'; expected ISO-8601 such as 2026-11-23T18:04:05Z");
        }
    }

    /** Seconds since the epoch for {@code yyyy-MM-ddTHH:mm:ssZ}, or Long.MIN_VALUE to defer to the slow path. */
    private static long fastSeconds(String t) {
        if (t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T' || t.charAt(13) != ':' || t.charAt(16) != ':') {
            return Long.MIN_VALUE;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 2);
        int day = digits(t, 8, 2);
        int hour = digits(t, 11, 2);
        int minute = digits(t, 14, 2);
        int second = digits(t, 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59) {
            return Long.MIN_VALUE;
        }
        boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        if (day > DAYS_IN_MONTH[month - 1] || (month == 2 && day == 29 && !leap)) return Long.MIN_VALUE;
        // days-from-civil
        int y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        long days = era * 146_097 + doe - 719_468;
        return days * 86_400L + hour * 3600L + minute * 60L + second;
    }

    private static int digits(String t, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
