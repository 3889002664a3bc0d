package dev.encore.formats.encore;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What a read did: records accepted per file, lines rejected, files that were absent, and the first rejects. */
public final class ReadReport {
    static final int KEPT_REJECTS = 100;

    private final Map<EncoreFile, Long> accepted = new EnumMap<>(EncoreFile.class);
    private final List<EncoreFile> missing = new ArrayList<>();
    private final List<RejectedLine> firstRejects = new ArrayList<>();
    private long rejected;

    void accepted(EncoreFile file, long count) {
        accepted.put(file, count);
    }

    void missing(EncoreFile file) {
        missing.add(file);
    }

    void rejected(RejectedLine line) {
        rejected++;
        if (firstRejects.size() < KEPT_REJECTS) firstRejects.add(line);
    }

    /** Records read from {@code file} (0 when absent). */
    public long accepted(EncoreFile file) {
        return accepted.getOrDefault(file, 0L);
    }

    public long totalAccepted() {
        return accepted.values().stream().mapToLong(Long::longValue).sum();
    }

    public long rejected() {
        return rejected;
    }

    /** The first {@value #KEPT_REJECTS} rejected lines, for a summary; the callback saw all of them. */
    public List<RejectedLine> firstRejects() {
        return Collections.unmodifiableList(firstRejects);
    }

    /** Files of the format that were not in the directory (optional ones included). */
    public List<EncoreFile> missingFiles() {
        return Collections.unmodifiableList(missing);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (EncoreFile f : EncoreFile.values()) {
            if (accepted.containsKey(f)) sb.append(f.fileName()).append(": ").append(accepted.get(f)).append('\n');
        }
        sb.append("rejected: ").append(rejected);
        return sb.toString();
    }
}
