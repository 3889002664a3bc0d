package dev.encore.formats;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Parses the timestamps outside formats use: Unix seconds (with optional fraction) or ISO-8601. */
public final class Instants {
    private static final Pattern EPOCH = Pattern.compile("-?\\d+(\\.\\d+)?");
    /** 9999-12-31T23:59:59Z; a larger "seconds" value is nearly always milliseconds. */
    private static final long MAX_SECONDS = 253_402_300_799L;

    private Instants() {}

    /**
     * Accepts {@code 1700000000}, {@code 1700000000.25}, {@code 2023-11-14T22:13:20Z}, an offset such as
     * {@code +01:00}, or a local date-time ({@code T} or space) taken as UTC.
     *
     * @throws IllegalArgumentException with a message saying what was expected
     */
    public static Instant parse(String text) {
        String s = text == null ? "" : text.trim();
        if (s.isEmpty()) throw new IllegalArgumentException("timestamp is empty");
        if (EPOCH.matcher(s).matches()) return fromSeconds(new BigDecimal(s));
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException ignored) {
            // not an offset date-time: try a local one
        }
        try {
            return LocalDateTime.parse(s.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("timestamp '" + s + "' is neither Unix seconds nor ISO-8601 "
                    + "(e.g. 2024-03-01T12:00:00Z)");
        }
    }

    /** Unix seconds, possibly fractional; rejects values past year 9999 as probably milliseconds. */
    public static Instant fromSeconds(BigDecimal seconds) {
        if (seconds.abs().compareTo(BigDecimal.valueOf(MAX_SECONDS)) > 0) {
            throw new IllegalArgumentException("Unix time " + seconds.toPlainString()
                    + " is after year 9999; if it is in milliseconds, divide it by 1000");
        }
        long whole = seconds.longValue();
        long nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValue();
        return Instant.ofEpochSecond(whole, nanos);
    }
}
