package dev.encore.formats.spotify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.encore.formats.BadRecord;
import dev.encore.formats.FileImporter;
import dev.encore.formats.ImportRun;
import dev.encore.formats.JsonRecords;
import dev.encore.formats.RecordType;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * Spotify streaming history: the extended export ({@code Streaming_History_Audio_*.json}, formerly
 * {@code endsong_*.json}) and the short yearly one ({@code StreamingHistory*.json}). Video history files are
 * left out. Each file is a JSON array streamed one play at a time. See {@link PlayMapper} for the records.
 */
public final class SpotifyHistoryImporter extends FileImporter {
    @Override
    public String format() {
        return "spotify-history";
    }

    @Override
    public String description() {
        return "Spotify streaming history: Streaming_History_Audio_*.json (extended), StreamingHistory*.json (short)";
    }

    @Override
    protected boolean wants(Path file) {
        String n = name(file);
        return n.endsWith(".json") && (n.startsWith("streaming_history_audio") || n.startsWith("endsong")
                || n.startsWith("streaminghistory"));
    }

    @Override
    protected String wantedFiles() {
        return "Spotify history files (Streaming_History_Audio_*.json, endsong_*.json or StreamingHistory*.json)";
    }

    @Override
    protected Session start(ImportRun run) {
        PlayMapper mapper = new PlayMapper(run);
        return file -> {
            String label = file.toString();
            if (name(file).startsWith("streaming_history_video")) {
                run.ignore("video history file");
                return;
            }
            try (InputStream in = run.open(file)) {
                JsonRecords.read(in, (node, line) -> play(run, mapper, node, label, line),
                        (line, reason) -> run.reject(RecordType.LISTEN, label, line, reason));
            }
        };
    }

    private static void play(ImportRun run, PlayMapper mapper, JsonNode node, String label, long line) {
        try {
            mapper.map(node, label, line);
        } catch (BadRecord e) {
            run.reject(RecordType.LISTEN, label, line, e.getMessage());
        }
    }
}
