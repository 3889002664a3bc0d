package dev.encore.formats.hetrec;

import dev.encore.formats.BadRecord;
import dev.encore.formats.ImportRun;
import dev.encore.formats.RecordType;
import dev.encore.formats.TextLines;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * Reads one tab-separated HetRec {@code .dat} file: drops the header line, checks the field count, and turns a
 * {@link BadRecord} from the handler into a reject with file and line. Blank lines are skipped.
 */
final class DatFile {
    interface Handler {
        void line(String[] fields, long line);
    }

    private DatFile() {}

    /**
     * @param columns the header's column names, also the expected field count
     * @param report  false for a counting pre-pass, so each bad line is reported once, by the emitting pass
     */
    static void read(ImportRun run, Path file, Charset charset, RecordType type, String[] columns, boolean report,
                     Handler handler) throws IOException {
        String name = file.toString();
        try (TextLines lines = new TextLines(run.open(file), charset)) {
            String s;
            while ((s = lines.next()) != null) {
                if (s.isBlank()) continue;
                String[] f = s.split("\t", -1);
                if (lines.lineNumber() == 1 && f[0].trim().equalsIgnoreCase(columns[0])) continue;
                try {
                    if (f.length != columns.length) {
                        throw new BadRecord("expected " + columns.length + " tab-separated fields ("
                                + String.join(", ", columns) + "), found " + f.length);
                    }
                    handler.line(f, lines.lineNumber());
                } catch (BadRecord e) {
                    if (report) run.reject(type, name, lines.lineNumber(), e.getMessage());
                }
            }
        }
        run.endFile();
    }

    /** A positive id field (HetRec ids start at 1). */
    static int id(String[] f, int i, String column) {
        long v = BadRecord.parseLong(column, f[i], 1);
        if (v > Integer.MAX_VALUE) throw new BadRecord(column + " " + v + " is too large for an id");
        return (int) v;
    }
}
