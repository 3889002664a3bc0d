package dev.encore.formats.encore;

import dev.encore.core.domain.Follow;
import dev.encore.core.domain.ItemKind;

/** Row codec of {@code follows.csv}: {@code follower,target_kind,target}. */
final class FollowCsv {
    static final String HEADER = "follower,target_kind,target";

    private FollowCsv() {}

    static void appendRow(StringBuilder sb, Follow f) {
        Csv.appendField(sb, f.followerId());
        sb.append(',').append(Csv.wire(f.targetKind())).append(',');
        Csv.appendField(sb, f.targetId());
        sb.append('\n');
    }

    static Follow parse(String row) {
        String[] f = Csv.split(row, 3);
        if (f[1] == null) throw new IllegalArgumentException("column target_kind is empty; expected artist or user");
        return new Follow(ListenCsv.required(f[0], "follower"), ItemKind.fromWire(f[1]), ListenCsv.required(f[2], "target"));
    }
}
