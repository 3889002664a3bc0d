package dev.encore.eval.data;

import dev.encore.core.matrix.IdMap;
import dev.encore.eval.split.Split;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a fixed split from two CSV files with the header {@code user,item[,weight][,timestamp]} (weight defaults to
 * 1; timestamp is epoch seconds or ISO-8601). Users and items of both files share one id space, so full-ranking
 * metrics run over every item seen in train or test (train items of each user are excluded at ranking time).
 */
public final class CsvSplitReader {
    private CsvSplitReader() {}

    /** A split read from files, with the id maps that name its dense users and items. */
    public record Labeled(Split split, IdMap users, IdMap items) {}

    private record Row(String user, String item, float weight, long time) {}

    public static Labeled read(Path train, Path test) throws IOException {
        List<Row> tr = rows(train), te = rows(test);
        IdMap users = new IdMap(), items = new IdMap();
        for (List<Row> rows : List.of(tr, te)) {
            for (Row r : rows) {
                users.add(r.user);
                items.add(r.item);
            }
        }
        InteractionLog trainLog = log(tr, users, items), testLog = log(te, users, items);
        Split s = new Split(trainLog, testLog, "fixed-files",
                Map.of("train", train.toString(), "test", test.toString()));
        return new Labeled(s, users, items);
    }

    private static InteractionLog log(List<Row> rows, IdMap users, IdMap items) {
        InteractionLog.Builder b = InteractionLog.builder(users.size(), items.size());
        for (Row r : rows) b.add(users.indexOf(r.user), items.indexOf(r.item), r.weight, r.time);
        return b.build();
    }

    private static List<Row> rows(Path file) throws IOException {
        List<Row> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null) throw new IOException(file + " is empty: expected the header user,item[,weight][,timestamp]");
            String[] cols = header.trim().replace("\uFEFF", "").split(",", -1);
            int w = -1, t = -1;
            if (cols.length < 2 || !cols[0].trim().equals("user") || !cols[1].trim().equals("item"))
                throw new IOException(file + ":1: header is '" + header + "', expected user,item[,weight][,timestamp]");
            for (int c = 2; c < cols.length; c++) {
                switch (cols[c].trim()) {
                    case "weight" -> w = c;
                    case "timestamp" -> t = c;
                    default -> throw new IOException(file + ":1: unknown column '" + cols[c] + "' (allowed: weight, timestamp)");
                }
            }
            String line;
            int no = 1;
            while ((line = in.readLine()) != null) {
                no++;
                if (line.isBlank()) continue;
                String[] f = line.split(",", -1);
                if (f.length != cols.length)
                    throw new IOException(file + ":" + no + ": " + f.length + " fields, header has " + cols.length);
                String user = f[0].trim(), item = f[1].trim();
                if (user.isEmpty() || item.isEmpty()) throw new IOException(file + ":" + no + ": empty user or item id");
                float weight = 1f;
                if (w >= 0) {
                    try {
                        weight = Float.parseFloat(f[w].trim());
                    } catch (NumberFormatException e) {
                        throw new IOException(file + ":" + no + ": weight '" + f[w] + "' is not a number");
                    }
                }
                long time = t >= 0 ? parseTime(f[t].trim(), file, no) : InteractionLog.NO_TIME;
                out.add(new Row(user, item, weight, time));
            }
        }
        return out;
    }

    private static long parseTime(String s, Path file, int line) throws IOException {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException notNumber) {
            try {
                return Instant.parse(s).getEpochSecond();
            } catch (DateTimeParseException e) {
                throw new IOException(file + ":" + line + ": timestamp '" + s + "' is neither epoch seconds nor ISO-8601 (2024-05-01T12:00:00Z)");
            }
        }
    }
}
