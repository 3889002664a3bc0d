package dev.encore.formats;

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

import java.util.ArrayList;
import java.util.List;

/** Keeps every record in arrival order, and where the flushes fell, so tests can assert exact output. */
public final class RecordingSink implements RecordSink {
    public final List<Object> records = new ArrayList<>();
    /** records.size() at each flush. */
    public final List<Integer> flushes = new ArrayList<>();

    public <T> List<T> of(Class<T> type) {
        return records.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Override public void artist(Artist r) { records.add(r); }
    @Override public void album(Album r) { records.add(r); }
    @Override public void track(Track r) { records.add(r); }
    @Override public void show(Show r) { records.add(r); }
    @Override public void episode(Episode r) { records.add(r); }
    @Override public void user(User r) { records.add(r); }
    @Override public void listen(ListenEvent r) { records.add(r); }
    @Override public void feedback(Feedback r) { records.add(r); }
    @Override public void follow(Follow r) { records.add(r); }
    @Override public void playCount(PlayCount r) { records.add(r); }
    @Override public void tagAssignment(TagAssignment r) { records.add(r); }
    @Override public void playlist(Playlist r) { records.add(r); }
    @Override public void flush() { flushes.add(records.size()); }
}
