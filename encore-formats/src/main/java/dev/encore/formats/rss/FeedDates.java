package dev.encore.formats.rss;

import dev.encore.formats.BadRecord;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@code pubDate} as RSS 2.0 defines it (RFC 822/1123: {@code Tue, 03 Jun 2025 09:00:00 +0000}) plus the
 * variants seen in real feeds: no weekday, a wrong weekday, zone names (GMT, EST), single-digit days and
 * ISO-8601 timestamps.
 */
public final class FeedDates {
    private static final Pattern WEEKDAY = Pattern.compile("^[A-Za-z]{3,9},\\s*");
    private static final DateTimeFormatter RFC = DateTimeFormatter.ofPattern("d MMM yyyy H:mm[:ss] [zzz][Z][X]", Locale.ROOT);

    private FeedDates() {}

    public static Instant parse(String text) {
        String t = text == null ? "" : text.trim().replaceAll("\\s+", " ");
        if (t.isEmpty()) throw new BadRecord("empty pubDate");
        // The weekday is redundant and often wrong in hand-made feeds; the date itself decides.
        String body = WEEKDAY.matcher(t).replaceFirst("");
        try {
            return ZonedDateTime.parse(capitalizeMonth(body), RFC).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(t).toInstant();
            } catch (DateTimeParseException e2) {
                throw new BadRecord("pubDate '" + t + "' is not an RFC 822 date such as 'Tue, 03 Jun 2025 09:00:00 +0000'");
            }
        }
    }

    /** "JUN" and "jun" are seen in the wild; the formatter wants "Jun". */
    private static String capitalizeMonth(String s) {
        String[] parts = s.split(" ", 3);
        if (parts.length < 3 || parts[1].length() != 3) return s;
        String m = parts[1].substring(0, 1).toUpperCase(Locale.ROOT) + parts[1].substring(1).toLowerCase(Locale.ROOT);
        return parts[0] + " " + m + " " + parts[2];
    }
}
