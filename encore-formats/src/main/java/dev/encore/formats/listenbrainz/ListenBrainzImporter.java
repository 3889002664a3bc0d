package dev.encore.formats.listenbrainz;

import com.fasterxml.jackson.databind.JsonNode;
import dev.encore.formats.BadRecord;
import dev.encore.formats.FileImporter;
import dev.encore.formats.ImportException;
import dev.encore.formats.ImportRun;
import dev.encore.formats.JsonRecords;
import dev.encore.formats.RecordType;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * ListenBrainz listens: the user export (its zip, or the unzipped folder with {@code listens/YYYY/M.jsonl}),
 * JSON Lines, a JSON array of listens (older exports), or saved API responses ({@code {"payload": {"listens":
 * [...]}}}). The user is {@link dev.encore.formats.ImportOptions#user()} when given, else the listen's
 * {@code user_name}, else the export's {@code user.json}; with none of them the import stops and asks for --user.
 */
public final class ListenBrainzImporter extends FileImporter {
    /** Files of a user export that are not listens. */
    private static final Set<String> NOT_LISTENS = Set.of("user.json", "feedback.jsonl", "pinned_recording.jsonl");

    @Override
    public String format() {
        return "listenbrainz";
    }

    @Override
    public String description() {
        return "ListenBrainz listens: export zip or folder, JSON Lines, or a JSON array of listens";
    }

    @Override
    protected boolean wants(Path file) {
        String n = name(file);
        return (n.endsWith(".jsonl") || n.endsWith(".json") || n.endsWith(".zip")) && !NOT_LISTENS.contains(n);
    }

    @Override
    protected String wantedFiles() {
        return "ListenBrainz *.json, *.jsonl or export *.zip files";
    }

    @Override
    protected Session start(ImportRun run) {
        return new LbSession(run);
    }

    private static final class LbSession implements Session {
        private final ImportRun run;
        private final ListenMapper mapper;
        private final Map<Path, String> exportUsers = new HashMap<>();
        private String fileUser;

        LbSession(ImportRun run) {
            this.run = run;
            this.mapper = new ListenMapper(run);
        }

        @Override
        public void read(Path file) throws IOException {
            if (name(file).endsWith(".zip")) {
                readZip(file);
            } else {
                fileUser = exportUserNear(file);
                try (InputStream in = run.open(file)) {
                    readListens(in, file.toString());
                }
            }
        }

        /** The export zip holds user.json first, then listens/YYYY/M.jsonl; other entries are not listens. */
        private void readZip(Path file) throws IOException {
            fileUser = null;
            try (ZipInputStream zip = new ZipInputStream(run.open(file))) {
                ZipEntry e;
                while ((e = zip.getNextEntry()) != null) {
                    String entry = e.getName();
                    String base = entry.substring(entry.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
                    if (e.isDirectory()) continue;
                    if (base.equals("user.json")) {
                        fileUser = username(Shield.of(zip), file + "!" + entry);
                    } else if ((base.endsWith(".jsonl") || base.endsWith(".json")) && !NOT_LISTENS.contains(base)) {
                        readListens(Shield.of(zip), file + "!" + entry);
                    }
                }
            }
        }

        private void readListens(InputStream in, String label) throws IOException {
            JsonRecords.read(in, (node, line) -> listenOrPayload(node, label, line),
                    (line, reason) -> run.reject(RecordType.LISTEN, label, line, reason));
        }

        /** A saved API response wraps listens in "payload"; everything else is one listen. */
        private void listenOrPayload(JsonNode node, String label, long line) {
            JsonNode payload = node.get("payload");
            JsonNode listens = payload == null ? null : payload.isArray() ? payload : payload.get("listens");
            if (listens != null && listens.isArray()) {
                for (JsonNode l : listens) listen(l, label, line);
            } else {
                listen(node, label, line);
            }
        }

        private void listen(JsonNode node, String label, long line) {
            try {
                if (!node.isObject()) throw new BadRecord("expected a listen object, found " + node.getNodeType());
                mapper.map(node, user(node, label, line), label, line);
            } catch (BadRecord e) {
                run.reject(RecordType.LISTEN, label, line, e.getMessage());
            }
        }

        private String user(JsonNode listen, String label, long line) {
            String u = run.options().user();
            if (u == null) u = dev.encore.formats.Json.text(listen, "user_name");
            if (u == null) u = fileUser;
            if (u == null) {
                throw new ImportException(label, line, "the listen names no user (no user_name, no user.json beside "
                        + "the export); pass the user id with --user");
            }
            u = u.trim();
            if (u.length() > 512) throw new BadRecord("user_name is longer than 512 characters");
            return u;
        }

        /** The username in a user.json of the file's folder or up to two folders above (the export's root). */
        private String exportUserNear(Path file) throws IOException {
            Path dir = file.toAbsolutePath().getParent();
            for (int up = 0; up < 3 && dir != null; up++, dir = dir.getParent()) {
                Path candidate = dir.resolve("user.json");
                if (exportUsers.containsKey(candidate)) return exportUsers.get(candidate);
                if (Files.isRegularFile(candidate)) {
                    String name;
                    try (InputStream in = Files.newInputStream(candidate)) {
                        name = username(in, candidate.toString());
                    }
                    exportUsers.put(candidate, name);
                    return name;
                }
            }
            return null;
        }

        private String username(InputStream in, String label) throws IOException {
            String[] found = {null};
            JsonRecords.read(in, (node, line) -> found[0] = dev.encore.formats.Json.text(node, "username"),
                    (line, reason) -> run.warn(RecordType.USER, label, line, "unreadable user.json: " + reason));
            return found[0];
        }
    }

    /** Lets a reader close what it was given without closing the zip it is reading from. */
    private static final class Shield extends FilterInputStream {
        private Shield(InputStream in) {
            super(in);
        }

        static InputStream of(InputStream in) {
            return new Shield(in);
        }

        @Override
        public void close() {
            // the zip stays open for its next entry
        }
    }
}
