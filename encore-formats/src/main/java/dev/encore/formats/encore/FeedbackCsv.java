package dev.encore.formats.encore;

import dev.encore.core.domain.Feedback;
import dev.encore.core.domain.FeedbackType;
import dev.encore.core.domain.ItemKind;

/** Row codec of {@code feedback.csv}: {@code user,item_kind,item,type,at,active}. */
final class FeedbackCsv {
    static final String HEADER = "user,item_kind,item,type,at,active";

    private FeedbackCsv() {}

    static void appendRow(StringBuilder sb, Feedback f) {
        Csv.appendField(sb, f.userId());
        sb.append(',').append(Csv.wire(f.itemKind())).append(',');
        Csv.appendField(sb, f.itemId());
        sb.append(',').append(f.type().name().toLowerCase(java.util.Locale.ROOT)).append(',');
        Timestamps.append(sb, f.at());
        sb.append(',').append(f.active()).append('\n');
    }

    static Feedback parse(String row) {
        String[] f = Csv.split(row, 6);
        if (f[1] == null) throw new IllegalArgumentException("column item_kind is empty; expected track, album, artist, ...");
        if (f[3] == null) throw new IllegalArgumentException("column type is empty; expected like, save, ban, ...");
        boolean active = f[5] == null || ListenCsv.bool(f[5], "active");
        return new Feedback(ListenCsv.required(f[0], "user"), ItemKind.fromWire(f[1]), ListenCsv.required(f[2], "item"),
                FeedbackType.fromWire(f[3]), Timestamps.parse(f[4]), active);
    }
}
