package dev.encore.synth;

import dev.encore.core.domain.Album;
import dev.encore.core.domain.Artist;
import dev.encore.core.domain.Episode;
import dev.encore.core.domain.Feedback;
import dev.encore.core.domain.Follow;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.PlayCount;
import dev.encore.core.domain.RecordSink;
import dev.encore.core.domain.Show;
import dev.encore.core.domain.Track;
import dev.encore.core.domain.User;

import java.util.ArrayList;
import java.util.List;

/** Keeps everything emitted, in order, and by kind. */
final class RecordingSink implements RecordSink {
    final List<Object> all = new ArrayList<>();
    final List<Album> albums = new ArrayList<>();
    final List<Track> tracks = new ArrayList<>();
    final List<Show> shows = new ArrayList<>();
    final List<Episode> episodes = new ArrayList<>();
    final List<User> users = new ArrayList<>();
    final List<ListenEvent> listens = new ArrayList<>();
    final List<Object> unexpected = new ArrayList<>();

    @Override public void album(Album a) { all.add(a); albums.add(a); }
    @Override public void track(Track t) { all.add(t); tracks.add(t); }
    @Override public void show(Show s) { all.add(s); shows.add(s); }
    @Override public void episode(Episode e) { all.add(e); episodes.add(e); }
    @Override public void user(User u) { all.add(u); users.add(u); }
    @Override public void listen(ListenEvent e) { all.add(e); listens.add(e); }
    @Override public void artist(Artist a) { unexpected.add(a); }
    @Override public void follow(Follow f) { unexpected.add(f); }
    @Override public void feedback(Feedback f) { unexpected.add(f); }
    @Override public void playCount(PlayCount c) { unexpected.add(c); }
}
