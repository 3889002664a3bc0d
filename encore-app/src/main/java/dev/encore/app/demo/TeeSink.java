package dev.encore.app.demo;

import dev.encore.core.domain.*;

import java.util.List;

/** Sends every record to several sinks in order (e.g. the store and a collector). */
public final class TeeSink implements RecordSink {
    private final List<RecordSink> sinks;

    public TeeSink(RecordSink... sinks) {
        this.sinks = List.of(sinks);
    }

    @Override public void artist(Artist r) { sinks.forEach(s -> s.artist(r)); }
    @Override public void album(Album r) { sinks.forEach(s -> s.album(r)); }
    @Override public void track(Track r) { sinks.forEach(s -> s.track(r)); }
    @Override public void show(Show r) { sinks.forEach(s -> s.show(r)); }
    @Override public void episode(Episode r) { sinks.forEach(s -> s.episode(r)); }
    @Override public void user(User r) { sinks.forEach(s -> s.user(r)); }
    @Override public void listen(ListenEvent r) { sinks.forEach(s -> s.listen(r)); }
    @Override public void feedback(Feedback r) { sinks.forEach(s -> s.feedback(r)); }
    @Override public void follow(Follow r) { sinks.forEach(s -> s.follow(r)); }
    @Override public void playCount(PlayCount r) { sinks.forEach(s -> s.playCount(r)); }
    @Override public void tagAssignment(TagAssignment r) { sinks.forEach(s -> s.tagAssignment(r)); }
    @Override public void playlist(Playlist r) { sinks.forEach(s -> s.playlist(r)); }
    @Override public void flush() { sinks.forEach(RecordSink::flush); }
}
