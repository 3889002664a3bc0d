package dev.encore.formats;

import dev.encore.core.domain.RecordSink;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads one outside format and streams domain records into a sink, one record at a time; the sink is flushed
 * at the end of each file. Same input, same records in the same order, with ids derived only from the input.
 * Implementations are stateless between calls; get one with {@link Importers#byName(String)}.
 */
public interface Importer {
    /** The name the {@code encore import FORMAT} command uses, e.g. {@code spotify-history}. */
    String format();

    /** One line for {@code --help}: what the importer reads. */
    String description();

    /**
     * Imports every path in order. A path may be a file (read whatever its name) or a directory (searched
     * recursively for this format's files, read in natural name order).
     *
     * @return counts of accepted, rejected and ignored records with example rejects
     * @throws ImportException on a missing path, an unreadable file, a usage error such as a missing user, or,
     *                         when {@code opts.strict()}, the first bad record; it carries the report so far
     */
    ImportReport importPaths(List<Path> paths, RecordSink sink, ImportOptions opts);
}
