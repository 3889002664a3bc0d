package dev.encore.formats.encore;

import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;

/**
 * Row codec of {@code listens.csv}, hand-written because that file holds millions of rows (no Jackson, no
 * regex, no DateTimeFormatter per row). Columns are {@link #HEADER}; see {@link EncoreFormat} for their meaning.
 */
public final class ListenCsv {
    public static final String HEADER = "user,item_kind,item,listened_at,ms_played,context_type,context_id,"
            + "reason_start,reason_end,skipped,shuffle,offline,platform,source";
    static final int COLUMNS = 14;

    private ListenCsv() {}

    /** Appends one row for {@code e}, ending in a newline. Safe to call from several threads on separate builders. */
    public static void appendRow(StringBuilder sb, ListenEvent e) {
        Csv.appendField(sb, e.userId());
        sb.append(',').append(Csv.wire(e.itemKind())).append(',');
        Csv.appendField(sb, e.itemId());
        sb.append(',');
        Timestamps.append(sb, e.listenedAt());
        sb.append(',');
        if (e.msPlayed() >= 0) sb.append(e.msPlayed());
        sb.append(',');
        Csv.appendField(sb, e.contextType());
        sb.append(',');
        Csv.appendField(sb, e.contextId());
        sb.append(',');
        Csv.appendField(sb, e.reasonStart());
        sb.append(',');
        Csv.appendField(sb, e.reasonEnd());
        sb.append(',').append(e.skipped()).append(',').append(e.shuffle()).append(',').append(e.offline()).append(',');
        Csv.appendField(sb, e.platform());
        sb.append(',');
        Csv.appendField(sb, e.source());
        sb.append('\n');
    }

    /**
     * Parses one logical row.
     *
     * @throws IllegalArgumentException saying which column is wrong and what was expected
     */
    static ListenEvent parse(String row) {
        String[] f = Csv.split(row, COLUMNS);
        return new ListenEvent(
                required(f[0], "user"),
                itemKind(f[1]),
                required(f[2], "item"),
                Timestamps.parse(f[3]),
                msPlayed(f[4]),
                f[5], f[6], f[7], f[8],
                bool(f[9], "skipped"), bool(f[10], "shuffle"), bool(f[11], "offline"),
                f[12], f[13]);
    }

    static String required(String v, String column) {
        if (v == null || v.isBlank()) throw new IllegalArgumentException("column " + column + " is empty");
        return v;
    }

    static ItemKind itemKind(String v) {
        if (v == null) throw new IllegalArgumentException("column item_kind is empty; expected track or episode");
        // the two kinds of almost every row, without the enum lookup's upper-casing
        if (v.equals("track")) return ItemKind.TRACK;
        if (v.equals("episode")) return ItemKind.EPISODE;
        return ItemKind.fromWire(v);
    }

    private static long msPlayed(String v) {
        if (v == null) return -1;
        try {
            long ms = Long.parseLong(v);
            if (ms < -1) throw new NumberFormatException();
            return ms;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("column ms_played is '" + v + "'; expected a whole number of milliseconds >= 0 or empty");
        }
    }

    static boolean bool(String v, String column) {
        if (v == null) return false;
        if (v.equals("true") || v.equals("1") || v.equalsIgnoreCase("true")) return true;
        if (v.equals("false") || v.equals("0") || v.equalsIgnoreCase("false")) return false;
        throw new IllegalArgumentException("column " + column + " is '" + v + "'; expected true or false");
    }
}
