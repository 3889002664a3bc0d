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

import java.util.ArrayList;
import java.util.List;

/** Keeps every record, and the order of kinds as they arrived, for assertions. */
final class CollectingSink implements RecordSink {
    final List<Object> all = new ArrayList<>();
    final List<String> kindsInOrder = new ArrayList<>();
    int flushes;

    private void add(String kind, Object r) {
        all.add(r);
        if (kindsInOrder.isEmpty() || !kindsInOrder.get(kindsInOrder.size() - 1).equals(kind)) kindsInOrder.add(kind);
    }

    @Override public void artist(Artist a) { add("artist", a); }
    @Override public void album(Album a) { add("album", a); }
    @Override public void track(Track t) { add("track", t); }
    @Override public void show(Show s) { add("show", s); }
    @Override public void episode(Episode e) { add("episode", e); }
    @Override public void user(User u) { add("user", u); }
    @Override public void listen(ListenEvent e) { add("listen", e); }
    @Override public void feedback(Feedback f) { add("feedback", f); }
    @Override public void follow(Follow f) { add("follow", f); }
    @Override public void playCount(PlayCount c) { add("playCount", c); }
    @Override public void tagAssignment(TagAssignment t) { add("tag", t); }
    @Override public void playlist(Playlist p) { add("playlist", p); }
    @Override public void flush() { flushes++; }
}
