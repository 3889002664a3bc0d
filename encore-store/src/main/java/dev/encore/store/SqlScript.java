package dev.encore.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a migration script into statements: a statement ends at a line ending in {@code ;}, except inside a
 * {@code CREATE TRIGGER} body, which ends at {@code END;}. Lines starting with {@code --} are comments.
 */
final class SqlScript {
    private SqlScript() {}

    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inTrigger = false;
        for (String raw : script.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("--")) continue;
            if (current.isEmpty()) inTrigger = line.toUpperCase(Locale.ROOT).startsWith("CREATE TRIGGER");
            current.append(raw).append('\n');
            boolean ends = line.endsWith(";") && (!inTrigger || line.toUpperCase(Locale.ROOT).equals("END;"));
            if (ends) {
                out.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank())
            throw new IllegalArgumentException("script ends inside a statement (missing ';'): " + current.toString().strip());
        return out;
    }
}
