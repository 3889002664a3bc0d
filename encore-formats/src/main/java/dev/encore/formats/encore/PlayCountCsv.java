package dev.encore.formats.encore;

import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.PlayCount;
import dev.encore.core.domain.TagAssignment;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Row codecs of the two optional aggregate files: {@code play_counts.csv} ({@code user,item_kind,item,count,source})
 * and {@code tag_assignments.csv} ({@code user,item_kind,item,tag,date}).
 */
final class PlayCountCsv {
    static final String HEADER = "user,item_kind,item,count,source";
    static final String TAG_HEADER = "user,item_kind,item,tag,date";

    private PlayCountCsv() {}

    static void appendRow(StringBuilder sb, PlayCount c) {
        Csv.appendField(sb, c.userId());
        sb.append(',').append(Csv.wire(c.itemKind())).append(',');
        Csv.appendField(sb, c.itemId());
        sb.append(',').append(c.count()).append(',');
        Csv.appendField(sb, c.source());
        sb.append('\n');
    }

    static PlayCount parse(String row) {
        String[] f = Csv.split(row, 5);
        if (f[1] == null) throw new IllegalArgumentException("column item_kind is empty; expected artist or track");
        long count;
        try {
            count = Long.parseLong(ListenCsv.required(f[3], "count"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("column count is '" + f[3] + "'; expected a whole number >= 0");
        }
        return new PlayCount(ListenCsv.required(f[0], "user"), ItemKind.fromWire(f[1]), ListenCsv.required(f[2], "item"), count, f[4]);
    }

    static void appendTagRow(StringBuilder sb, TagAssignment t) {
        Csv.appendField(sb, t.userId());
        sb.append(',').append(Csv.wire(t.itemKind())).append(',');
        Csv.appendField(sb, t.itemId());
        sb.append(',');
        Csv.appendField(sb, t.tag());
        sb.append(',');
        if (t.date() != null) sb.append(t.date());
        sb.append('\n');
    }

    private static String requireTag(String tag) {
        if (tag == null) throw new IllegalArgumentException("column tag is empty");
        return tag;
    }

    static TagAssignment parseTag(String row) {
        String[] f = Csv.split(row, 5);
        if (f[1] == null) throw new IllegalArgumentException("column item_kind is empty; expected artist or track");
        LocalDate date = null;
        if (f[4] != null) {
            try {
                date = LocalDate.parse(f[4]);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("column date is '" + f[4] + "'; expected YYYY-MM-DD or empty");
            }
        }
        return new TagAssignment(ListenCsv.required(f[0], "user"), ItemKind.fromWire(f[1]), ListenCsv.required(f[2], "item"),
                requireTag(f[3]), date);
    }
}
