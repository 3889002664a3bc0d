package dev.encore.formats.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The columns of a CSV file by name (case and surrounding spaces ignored), checked against what the importer knows. */
final class CsvHeader {
    static final List<String> KNOWN = List.of("user", "item", "timestamp", "ms_played", "skipped", "weight");
    private static final Set<String> REQUIRED = Set.of("user", "item");

    private final Map<String, Integer> index = new HashMap<>();
    private final int size;
    private final List<String> unused = new ArrayList<>();

    /** @throws IllegalArgumentException naming the missing or duplicated column and the expected header */
    CsvHeader(List<String> names) {
        size = names.size();
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i).trim().toLowerCase(Locale.ROOT);
            if (index.putIfAbsent(n, i) != null) {
                throw new IllegalArgumentException("column '" + n + "' appears twice in the header");
            }
            if (!KNOWN.contains(n)) unused.add(names.get(i).trim());
        }
        for (String r : KNOWN) {
            if (REQUIRED.contains(r) && !index.containsKey(r)) {
                throw new IllegalArgumentException("missing required column '" + r + "'; the header has " + names
                        + "; name the columns user,item and optionally timestamp, ms_played, skipped, weight");
            }
        }
    }

    int size() {
        return size;
    }

    boolean has(String column) {
        return index.containsKey(column);
    }

    /** The row's value in {@code column}, trimmed, or null when the column is absent or the value empty. */
    String get(List<String> row, String column) {
        Integer i = index.get(column);
        if (i == null) return null;
        String v = row.get(i).trim();
        return v.isEmpty() ? null : v;
    }

    /** Header names the importer does not use (kept as written), for a warning about likely typos. */
    List<String> unused() {
        return unused;
    }
}
