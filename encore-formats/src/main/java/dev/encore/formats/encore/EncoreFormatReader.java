package dev.encore.formats.encore;

import com.fasterxml.jackson.databind.JsonNode;
import dev.encore.core.domain.RecordSink;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Streams an Encore dataset directory into a {@link RecordSink}, one file at a time in {@link EncoreFile} order
 * (catalog before listens), calling {@link RecordSink#flush()} after each file. Memory stays constant whatever
 * the size of the listens file.
 *
 * <p>A bad line (wrong field count, unparsable value, a record the domain rejects) is skipped and reported as
 * {@code file:line: reason}; with {@code strict} the first one throws {@link EncoreFormatException} instead.
 * A CSV file whose header differs from the expected one always throws: its columns cannot be trusted.
 * Absent files are fine (listed in {@link ReadReport#missingFiles()}), but a directory with none of them is not.
 */
public final class EncoreFormatReader {
    private final RecordSink sink;
    private final Consumer<RejectedLine> onReject;
    private final boolean strict;
    private final ReadReport report = new ReadReport();
    private final CatalogJsonReader json = new CatalogJsonReader();

    private EncoreFormatReader(RecordSink sink, Consumer<RejectedLine> onReject, boolean strict) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.onReject = onReject == null ? r -> { } : onReject;
        this.strict = strict;
    }

    /** Lenient read: bad lines go to {@code onReject} (may be null) and are counted in the report. */
    public static ReadReport read(Path dir, RecordSink sink, Consumer<RejectedLine> onReject) throws IOException {
        return read(dir, sink, onReject, false);
    }

    /** Strict read: the first bad line throws {@link EncoreFormatException} naming file, line and reason. */
    public static ReadReport readStrict(Path dir, RecordSink sink) throws IOException {
        return read(dir, sink, null, true);
    }

    public static ReadReport read(Path dir, RecordSink sink, Consumer<RejectedLine> onReject, boolean strict) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new EncoreFormatException(dir + " is not a directory; pass the folder holding tracks.jsonl, listens.csv, ...");
        }
        EncoreFormatReader r = new EncoreFormatReader(sink, onReject, strict);
        boolean any = false;
        for (EncoreFile f : EncoreFile.values()) {
            Path p = dir.resolve(f.fileName());
            if (!Files.isRegularFile(p)) {
                r.report.missing(f);
                continue;
            }
            any = true;
            r.report.accepted(f, r.readFile(f, p));
            sink.flush();
        }
        if (!any) {
            throw new EncoreFormatException(dir + " holds none of the Encore dataset files (artists.jsonl, tracks.jsonl, "
                    + "users.jsonl, listens.csv, ...); is it the right folder?");
        }
        return r.report;
    }

    private long readFile(EncoreFile f, Path p) throws IOException {
        long accepted = 0;
        long lineNo = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(p), StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            if (f.isCsv()) {
                line = in.readLine();
                lineNo++;
                checkHeader(f, line);
            }
            StringBuilder continued = null;
            long recordStart = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (f.isCsv()) {
                    // a quoted CSV field may hold line breaks: join physical lines until the quotes close
                    if (continued != null) {
                        continued.append('\n').append(line);
                        if (Csv.endsInsideQuotes(continued)) continue;
                        line = continued.toString();
                        continued = null;
                    } else {
                        recordStart = lineNo;
                        if (line.indexOf('"') >= 0 && Csv.endsInsideQuotes(line)) {
                            continued = new StringBuilder(line);
                            continue;
                        }
                    }
                } else {
                    recordStart = lineNo;
                }
                if (line.isBlank()) continue;
                if (accept(f, line, recordStart)) accepted++;
            }
            if (continued != null) reject(f, recordStart, "quoted field is never closed before the end of the file");
        }
        return accepted;
    }

    private static void checkHeader(EncoreFile f, String line) {
        String got = line == null ? "" : line.replace("\uFEFF", "").trim();
        if (!got.equals(f.csvHeader())) {
            throw new EncoreFormatException(f.fileName() + ":1: header is '" + got + "'; expected '" + f.csvHeader()
                    + "' (columns in this order)");
        }
    }

    /** Parses and forwards one record; returns false when the line was rejected. Sink errors propagate. */
    private boolean accept(EncoreFile f, String line, long lineNo) {
        try {
            switch (f) {
                case LISTENS -> sink.listen(parseOrThrow(() -> ListenCsv.parse(line)));
                case FEEDBACK -> sink.feedback(parseOrThrow(() -> FeedbackCsv.parse(line)));
                case FOLLOWS -> sink.follow(parseOrThrow(() -> FollowCsv.parse(line)));
                case PLAY_COUNTS -> sink.playCount(parseOrThrow(() -> PlayCountCsv.parse(line)));
                case TAG_ASSIGNMENTS -> sink.tagAssignment(parseOrThrow(() -> PlayCountCsv.parseTag(line)));
                default -> acceptJson(f, line);
            }
            return true;
        } catch (BadLine e) {
            reject(f, lineNo, e.getMessage());
            return false;
        }
    }

    private void acceptJson(EncoreFile f, String line) {
        JsonNode n = parseOrThrow(() -> json.object(line));
        switch (f) {
            case ARTISTS -> sink.artist(parseOrThrow(() -> json.artist(n)));
            case ALBUMS -> sink.album(parseOrThrow(() -> json.album(n)));
            case TRACKS -> sink.track(parseOrThrow(() -> json.track(n)));
            case SHOWS -> sink.show(parseOrThrow(() -> json.show(n)));
            case EPISODES -> sink.episode(parseOrThrow(() -> json.episode(n)));
            case USERS -> sink.user(parseOrThrow(() -> json.user(n)));
            case PLAYLISTS -> sink.playlist(parseOrThrow(() -> json.playlist(n)));
            default -> throw new IllegalStateException("not a JSON-lines file: " + f);
        }
    }

    private interface Parse<T> {
        T get();
    }

    /** Runs a parser, turning its complaints (and the domain records' validation) into a {@link BadLine}. */
    private static <T> T parseOrThrow(Parse<T> p) {
        try {
            return p.get();
        } catch (IllegalArgumentException | NullPointerException | java.time.DateTimeException e) {
            String msg = e.getMessage();
            if (e instanceof NullPointerException) msg = (msg == null ? "a required value" : msg) + " is missing";
            throw new BadLine(msg == null ? e.getClass().getSimpleName() : msg);
        }
    }

    private void reject(EncoreFile f, long lineNo, String reason) {
        RejectedLine r = new RejectedLine(f.fileName(), lineNo, reason);
        if (strict) throw new EncoreFormatException(r + " (strict mode stops at the first bad line; fix it or read leniently)");
        report.rejected(r);
        onReject.accept(r);
    }

    private static final class BadLine extends RuntimeException {
        BadLine(String message) {
            super(message, null, false, false);
        }
    }
}
