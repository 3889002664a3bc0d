package dev.encore.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Binding and reading of nullable values, dates and the U+001F-joined list columns. */
final class Jdbc {
    /** Separates list elements inside one TEXT column; ids and tags containing it are refused on write. */
    static final char LIST_SEPARATOR = '\u001f';

    private Jdbc() {}

    static void text(PreparedStatement ps, int i, String v) throws SQLException {
        if (v == null) ps.setNull(i, Types.VARCHAR);
        else ps.setString(i, v);
    }

    static void longOrNull(PreparedStatement ps, int i, long v, boolean known) throws SQLException {
        if (known) ps.setLong(i, v);
        else ps.setNull(i, Types.BIGINT);
    }

    static void realOrNull(PreparedStatement ps, int i, Double v) throws SQLException {
        if (v == null) ps.setNull(i, Types.DOUBLE);
        else ps.setDouble(i, v);
    }

    static void date(PreparedStatement ps, int i, LocalDate d) throws SQLException {
        text(ps, i, d == null ? null : d.toString());
    }

    static void instant(PreparedStatement ps, int i, Instant t) throws SQLException {
        longOrNull(ps, i, t == null ? 0 : t.toEpochMilli(), t != null);
    }

    static void list(PreparedStatement ps, int i, List<String> values) throws SQLException {
        text(ps, i, values.isEmpty() ? null : String.join(String.valueOf(LIST_SEPARATOR), values));
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : LocalDate.parse(s);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        long ms = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(ms);
    }

    static Double real(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    static List<String> list(ResultSet rs, String column) throws SQLException {
        String s = rs.getString(column);
        if (s == null || s.isEmpty()) return List.of();
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int p; (p = s.indexOf(LIST_SEPARATOR, start)) >= 0; start = p + 1) out.add(s.substring(start, p));
        out.add(s.substring(start));
        return out;
    }

    /** Refuses a list element the list encoding cannot hold; {@code what} names the record and the field. */
    static void requireListable(String what, List<String> values) {
        for (String v : values) {
            if (v == null || v.isBlank())
                throw new IllegalArgumentException(what + " contains an empty entry; remove it");
            if (v.indexOf(LIST_SEPARATOR) >= 0)
                throw new IllegalArgumentException(what + " entry '" + v.replace(LIST_SEPARATOR, '?')
                        + "' contains the control character U+001F, which the store reserves as a list separator; remove it");
        }
    }
}
