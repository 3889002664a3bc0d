package dev.encore.formats.csv;

import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.PlayCount;
import dev.encore.core.domain.RecordSink;
import dev.encore.core.domain.User;
import dev.encore.formats.BadRecord;
import dev.encore.formats.FileImporter;
import dev.encore.formats.ImportException;
import dev.encore.formats.ImportRun;
import dev.encore.formats.Instants;
import dev.encore.formats.RecordType;
import dev.encore.formats.SeenIds;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * CSV (or {@code .tsv}) interactions with a header, columns in any order: {@code user,item} required;
 * {@code timestamp} (Unix seconds or ISO-8601), {@code ms_played}, {@code skipped}, {@code weight} optional.
 * With a timestamp column each row is a listen of a track; without one, each row is a {@code PlayCount} of
 * {@code weight} (1 when there is no weight column). A header without user or item stops the import.
 */
public final class CsvImporter extends FileImporter {
    static final String SOURCE = "csv";

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public String description() {
        return "CSV with a header: user,item[,timestamp,ms_played,skipped,weight] (.tsv: tab-separated)";
    }

    @Override
    protected boolean wants(Path file) {
        String n = name(file);
        return n.endsWith(".csv") || n.endsWith(".tsv");
    }

    @Override
    protected String wantedFiles() {
        return "*.csv or *.tsv files";
    }

    @Override
    protected Session start(ImportRun run) {
        SeenIds users = new SeenIds();
        return file -> read(run, users, file);
    }

    private static void read(ImportRun run, SeenIds users, Path file) throws IOException {
        String label = file.toString();
        char delimiter = name(file).endsWith(".tsv") ? '\t' : ',';
        try (CsvReader csv = new CsvReader(new BufferedReader(
                new InputStreamReader(run.open(file), StandardCharsets.UTF_8), 1 << 16), delimiter)) {
            CsvHeader header = header(csv, label, run);
            if (header == null) return;
            boolean listens = header.has("timestamp");
            RecordType type = listens ? RecordType.LISTEN : RecordType.PLAY_COUNT;
            while (true) {
                List<String> row;
                try {
                    row = csv.next();
                } catch (CsvReader.Malformed e) {
                    run.reject(type, label, csv.recordLine(), e.getMessage());
                    if (e.fatal) return;
                    continue;
                }
                if (row == null) return;
                try {
                    emit(row, header, listens, run.sink(), users);
                } catch (BadRecord e) {
                    run.reject(type, label, csv.recordLine(), e.getMessage());
                }
            }
        }
    }

    /** The header, or null for an empty file; a header missing user or item stops the import whatever the mode. */
    private static CsvHeader header(CsvReader csv, String label, ImportRun run) throws IOException {
        List<String> names;
        try {
            names = csv.next();
        } catch (CsvReader.Malformed e) {
            throw new ImportException(label, csv.recordLine(), "unreadable header: " + e.getMessage());
        }
        if (names == null) return null;
        try {
            CsvHeader h = new CsvHeader(names);
            if (!h.unused().isEmpty()) {
                run.warn(RecordType.LISTEN, label, csv.recordLine(), "columns " + h.unused() + " are not used; known "
                        + "columns are " + String.join(", ", CsvHeader.KNOWN));
            }
            return h;
        } catch (IllegalArgumentException e) {
            throw new ImportException(label, csv.recordLine(), e.getMessage());
        }
    }

    private static void emit(List<String> row, CsvHeader h, boolean listens, RecordSink sink, SeenIds users) {
        if (row.size() != h.size()) {
            throw new BadRecord("expected " + h.size() + " fields as in the header, found " + row.size());
        }
        String user = id(h.get(row, "user"), "user");
        String item = id(h.get(row, "item"), "item");
        if (listens) {
            Instant at = timestamp(h.get(row, "timestamp"));
            String ms = h.get(row, "ms_played");
            long msPlayed = ms == null ? -1 : BadRecord.parseLong("ms_played", ms, 0);
            boolean skipped = bool(h.get(row, "skipped"));
            newUser(user, sink, users);
            sink.listen(new ListenEvent(user, ItemKind.TRACK, item, at, msPlayed, null, null, null, null, skipped,
                    false, false, null, SOURCE));
        } else {
            long weight = h.has("weight") ? BadRecord.parseLong("weight", h.get(row, "weight"), 0) : 1;
            newUser(user, sink, users);
            sink.playCount(new PlayCount(user, ItemKind.TRACK, item, weight, SOURCE));
        }
    }

    private static void newUser(String user, RecordSink sink, SeenIds users) {
        if (users.firstTime(user)) sink.user(new User(user, null, null, null, SOURCE));
    }

    private static String id(String value, String column) {
        if (value == null) throw new BadRecord("empty " + column);
        if (value.length() > 512) throw new BadRecord(column + " is longer than 512 characters");
        return value;
    }

    private static Instant timestamp(String value) {
        if (value == null) throw new BadRecord("empty timestamp");
        try {
            return Instants.parse(value);
        } catch (IllegalArgumentException e) {
            throw new BadRecord(e.getMessage());
        }
    }

    private static boolean bool(String value) {
        if (value == null) return false;
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "y" -> true;
            case "false", "0", "no", "n" -> false;
            default -> throw new BadRecord("skipped '" + value + "' is not true or false");
        };
    }
}
