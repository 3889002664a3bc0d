package dev.encore.formats.mpd;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.encore.formats.BadRecord;
import dev.encore.formats.FileImporter;
import dev.encore.formats.ImportRun;
import dev.encore.formats.Json;
import dev.encore.formats.RecordType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Spotify Million Playlist Dataset slices ({@code mpd.slice.*.json}, also {@code challenge_set.json}):
 * {@code {"info": {...}, "playlists": [...]}} streamed one playlist at a time (a slice holds 1,000). Each playlist
 * becomes its artists, albums and tracks (first sighting only) and a {@code Playlist} {@code mpd:<pid>}.
 */
public final class MpdImporter extends FileImporter {
    @Override
    public String format() {
        return "mpd";
    }

    @Override
    public String description() {
        return "Spotify Million Playlist Dataset slices (mpd.slice.*.json)";
    }

    @Override
    protected boolean wants(Path file) {
        String n = name(file);
        return n.endsWith(".json") && (n.startsWith("mpd.slice.") || n.equals("challenge_set.json"));
    }

    @Override
    protected String wantedFiles() {
        return "MPD slices (mpd.slice.*.json)";
    }

    @Override
    protected Session start(ImportRun run) {
        PlaylistMapper mapper = new PlaylistMapper(run);
        return file -> {
            try (InputStream in = run.open(file)) {
                readSlice(in, file.toString(), run, mapper);
            }
        };
    }

    /** Walks the top-level object to its "playlists" array; other fields ("info", "date") are skipped. */
    private static void readSlice(InputStream in, String file, ImportRun run, PlaylistMapper mapper) throws IOException {
        long line = 1;
        try (JsonParser p = Json.MAPPER.createParser(in)) {
            JsonToken t = p.nextToken();
            if (t == null) return; // empty file
            if (t != JsonToken.START_OBJECT) {
                run.reject(RecordType.PLAYLIST, file, p.currentTokenLocation().getLineNr(),
                        "expected an MPD slice object {\"info\": ..., \"playlists\": [...]}; the file was skipped");
                return;
            }
            boolean found = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                t = p.nextToken();
                if (!field.equals("playlists") || t != JsonToken.START_ARRAY) {
                    p.skipChildren();
                    continue;
                }
                found = true;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    line = p.currentTokenLocation().getLineNr();
                    if (t != JsonToken.START_OBJECT) {
                        p.skipChildren();
                        run.reject(RecordType.PLAYLIST, file, line, "expected a playlist object, found " + Json.describe(t));
                        continue;
                    }
                    JsonNode playlist = p.readValueAsTree();
                    try {
                        mapper.map(playlist, file, line);
                    } catch (BadRecord e) {
                        run.reject(RecordType.PLAYLIST, file, line, e.getMessage());
                    }
                }
            }
            if (!found) run.reject(RecordType.PLAYLIST, file, 1, "no \"playlists\" array: not an MPD slice");
        } catch (JsonProcessingException e) {
            long at = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation().getLineNr() : line;
            run.reject(RecordType.PLAYLIST, file, at, "malformed JSON: " + e.getOriginalMessage() + "; the rest of the file was skipped");
        }
    }
}
