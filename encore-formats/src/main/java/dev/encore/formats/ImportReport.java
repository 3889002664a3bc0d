package dev.encore.formats;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What one import run did: records accepted and rejected per type, example rejects and warnings (file, line,
 * reason; at most {@link ImportOptions#maxExamples()} kept, all counted), records deliberately ignored by reason
 * (e.g. incognito plays), and format-specific counters (e.g. HetRec's tag vocabulary size). Immutable.
 */
public final class ImportReport {
    /** A problem with one input record. {@code line} is 1-based; 0 means the whole file. */
    public record Issue(String file, long line, RecordType type, String reason) {
        @Override
        public String toString() {
            return ImportException.format(file, line, reason);
        }
    }

    /** How many example issues {@link #summary()} prints; {@link #rejects()} has them all. */
    static final int SUMMARY_EXAMPLES = 10;

    private final String format;
    private final List<String> files;
    private final Map<RecordType, Long> accepted;
    private final Map<RecordType, Long> rejected;
    private final List<Issue> rejects;
    private final List<Issue> warnings;
    private final long warningCount;
    private final Map<String, Long> ignored;
    private final Map<String, Long> counters;

    ImportReport(String format, List<String> files, Map<RecordType, Long> accepted, Map<RecordType, Long> rejected,
                 List<Issue> rejects, List<Issue> warnings, long warningCount, Map<String, Long> ignored,
                 Map<String, Long> counters) {
        this.format = format;
        this.files = List.copyOf(new java.util.LinkedHashSet<>(files));
        this.accepted = Collections.unmodifiableMap(new EnumMap<>(accepted));
        this.rejected = Collections.unmodifiableMap(new EnumMap<>(rejected));
        this.rejects = List.copyOf(rejects);
        this.warnings = List.copyOf(warnings);
        this.warningCount = warningCount;
        this.ignored = Collections.unmodifiableMap(new LinkedHashMap<>(ignored));
        this.counters = Collections.unmodifiableMap(new LinkedHashMap<>(counters));
    }

    public String format() {
        return format;
    }

    /** The files read, in the order first read (a file read twice is listed once). */
    public List<String> files() {
        return files;
    }

    public long accepted(RecordType type) {
        return accepted.getOrDefault(type, 0L);
    }

    public long rejected(RecordType type) {
        return rejected.getOrDefault(type, 0L);
    }

    /** Records sent to the sink, by type (types with none are absent). */
    public Map<RecordType, Long> acceptedByType() {
        return accepted;
    }

    public Map<RecordType, Long> rejectedByType() {
        return rejected;
    }

    public long totalAccepted() {
        return accepted.values().stream().mapToLong(Long::longValue).sum();
    }

    public long totalRejected() {
        return rejected.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Example rejects in input order, at most {@code maxExamples}; {@link #totalRejected()} counts all. */
    public List<Issue> rejects() {
        return rejects;
    }

    /** Records accepted with a caveat (e.g. an implausible date dropped); examples, at most {@code maxExamples}. */
    public List<Issue> warnings() {
        return warnings;
    }

    public long warningCount() {
        return warningCount;
    }

    /** Well-formed input deliberately not imported, counted by reason (e.g. "incognito play"). */
    public Map<String, Long> ignored() {
        return ignored;
    }

    public long ignored(String reason) {
        return ignored.getOrDefault(reason, 0L);
    }

    /** Format-specific counts, e.g. {@code tags} read from HetRec's tags.dat. */
    public Map<String, Long> counters() {
        return counters;
    }

    public long counter(String name) {
        return counters.getOrDefault(name, 0L);
    }

    /** A few lines for a terminal: totals per type, then up to 10 example rejects and warnings. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append(format).append(": ").append(files.size()).append(files.size() == 1 ? " file" : " files").append('\n');
        sb.append("accepted: ").append(describe(accepted, totalAccepted())).append('\n');
        sb.append("rejected: ").append(describe(rejected, totalRejected())).append('\n');
        if (warningCount > 0) sb.append("warnings: ").append(n(warningCount)).append('\n');
        if (!ignored.isEmpty()) sb.append("ignored: ").append(join(ignored)).append('\n');
        if (!counters.isEmpty()) sb.append("counts: ").append(join(counters)).append('\n');
        examples(sb, "rejects", rejects, totalRejected());
        examples(sb, "warnings", warnings, warningCount);
        return sb.toString();
    }

    private static void examples(StringBuilder sb, String what, List<Issue> issues, long total) {
        if (issues.isEmpty()) return;
        int shown = Math.min(SUMMARY_EXAMPLES, issues.size());
        sb.append("first ").append(shown).append(" of ").append(n(total)).append(' ').append(what).append(":\n");
        for (int i = 0; i < shown; i++) sb.append("  ").append(issues.get(i)).append('\n');
    }

    private static String describe(Map<RecordType, Long> counts, long total) {
        if (total == 0) return "0";
        String parts = counts.entrySet().stream()
                .map(e -> n(e.getValue()) + " " + e.getKey().label(e.getValue()))
                .collect(Collectors.joining(", "));
        return counts.size() == 1 ? parts : parts + " (" + n(total) + " in all)";
    }

    private static String join(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + " (" + n(e.getValue()) + ")").collect(Collectors.joining(", "));
    }

    private static String n(long v) {
        return String.format(Locale.ROOT, "%,d", v);
    }

    @Override
    public String toString() {
        return summary();
    }
}
