package dev.encore.formats.encore;

import dev.encore.core.domain.Album;
import dev.encore.core.domain.Artist;
import dev.encore.core.domain.Episode;
import dev.encore.core.domain.Feedback;
import dev.encore.core.domain.Follow;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.PlayCount;
import dev.encore.core.domain.Playlist;
import dev.encore.core.domain.RecordSink;
import dev.encore.core.domain.Show;
import dev.encore.core.domain.TagAssignment;
import dev.encore.core.domain.Track;
import dev.encore.core.domain.User;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * Writes records into an Encore dataset directory (see the package documentation for the layout). It is a
 * {@link RecordSink}, so an importer or the generator can stream straight into it. The non-optional files are
 * created (CSV ones with their header) when the writer opens, so even an empty dataset has them all; existing
 * files are replaced (optional ones deleted until a record of their kind arrives). Records go out in arrival order. Not thread-safe; I/O errors surface as
 * {@link UncheckedIOException} because the sink methods cannot throw checked ones.
 */
public final class EncoreFormatWriter implements RecordSink, Closeable {
    private final Path dir;
    private final Map<EncoreFile, TextOut> outs = new EnumMap<>(EncoreFile.class);
    private final CatalogJsonWriter json = new CatalogJsonWriter();
    private boolean closed;

    private EncoreFormatWriter(Path dir) {
        this.dir = dir;
    }

    /**
     * Creates {@code dir} if needed and opens every non-optional file of the format in it. Optional files left by
     * an earlier dataset in the same directory are deleted, so a reader never mixes two datasets.
     */
    public static EncoreFormatWriter open(Path dir) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + " is a file; pass a directory to write the dataset into");
        }
        Files.createDirectories(dir);
        for (EncoreFile f : EncoreFile.values()) {
            if (f.optional()) Files.deleteIfExists(dir.resolve(f.fileName()));
        }
        EncoreFormatWriter w = new EncoreFormatWriter(dir);
        try {
            for (EncoreFile f : EncoreFile.values()) {
                if (!f.optional()) w.out(f);
            }
        } catch (UncheckedIOException e) {
            w.close();
            throw e.getCause();
        }
        return w;
    }

    public Path directory() {
        return dir;
    }

    @Override public void artist(Artist a) { line(EncoreFile.ARTISTS, json.artist(a)); }
    @Override public void album(Album a) { line(EncoreFile.ALBUMS, json.album(a)); }
    @Override public void track(Track t) { line(EncoreFile.TRACKS, json.track(t)); }
    @Override public void show(Show s) { line(EncoreFile.SHOWS, json.show(s)); }
    @Override public void episode(Episode e) { line(EncoreFile.EPISODES, json.episode(e)); }
    @Override public void user(User u) { line(EncoreFile.USERS, json.user(u)); }
    @Override public void playlist(Playlist p) { line(EncoreFile.PLAYLISTS, json.playlist(p)); }

    @Override
    public void follow(Follow f) {
        TextOut o = out(EncoreFile.FOLLOWS);
        FollowCsv.appendRow(o.buffer(), f);
        settle(o);
    }

    @Override
    public void feedback(Feedback f) {
        TextOut o = out(EncoreFile.FEEDBACK);
        FeedbackCsv.appendRow(o.buffer(), f);
        settle(o);
    }

    @Override
    public void listen(ListenEvent e) {
        TextOut o = out(EncoreFile.LISTENS);
        ListenCsv.appendRow(o.buffer(), e);
        settle(o);
    }

    @Override
    public void playCount(PlayCount c) {
        TextOut o = out(EncoreFile.PLAY_COUNTS);
        PlayCountCsv.appendRow(o.buffer(), c);
        settle(o);
    }

    @Override
    public void tagAssignment(TagAssignment t) {
        TextOut o = out(EncoreFile.TAG_ASSIGNMENTS);
        PlayCountCsv.appendTagRow(o.buffer(), t);
        settle(o);
    }

    /**
     * Appends listen rows formatted elsewhere with {@link ListenCsv#appendRow} (each ending in a newline). Lets a
     * producer format blocks of rows on several threads and hand them over in a fixed order.
     */
    public void writeListenRows(CharSequence rows) {
        try {
            out(EncoreFile.LISTENS).append(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(EncoreFile.LISTENS.fileName()), e);
        }
    }

    /** Pushes buffered rows to the files (the sink's end-of-input signal). */
    @Override
    public void flush() {
        for (Map.Entry<EncoreFile, TextOut> e : outs.entrySet()) {
            try {
                e.getValue().flush();
            } catch (IOException ex) {
                throw new UncheckedIOException("cannot write " + dir.resolve(e.getKey().fileName()), ex);
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (closed) return;
        closed = true;
        IOException first = null;
        for (TextOut o : outs.values()) {
            try {
                o.close();
            } catch (IOException e) {
                if (first == null) first = e;
            }
        }
        if (first != null) throw first;
    }

    private void line(EncoreFile file, String jsonObject) {
        TextOut o = out(file);
        o.buffer().append(jsonObject).append('\n');
        settle(o);
    }

    private void settle(TextOut o) {
        try {
            o.maybeFlush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + dir, e);
        }
    }

    private TextOut out(EncoreFile f) {
        if (closed) throw new IllegalStateException("writer for " + dir + " is closed");
        TextOut o = outs.get(f);
        if (o != null) return o;
        try {
            o = new TextOut(dir.resolve(f.fileName()));
            if (f.isCsv()) o.buffer().append(f.csvHeader()).append('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir.resolve(f.fileName()), e);
        }
        outs.put(f, o);
        return o;
    }
}
