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

import java.util.EnumMap;
import java.util.Map;

/** Forwards every record to the real sink and counts it, so accepted counts can never drift from what was sent. */
final class CountingSink implements RecordSink {
    private final RecordSink target;
    private final Map<RecordType, Long> counts = new EnumMap<>(RecordType.class);

    CountingSink(RecordSink target) {
        this.target = target;
    }

    Map<RecordType, Long> counts() {
        return counts;
    }

    private void count(RecordType type) {
        counts.merge(type, 1L, Long::sum);
    }

    @Override public void artist(Artist r) { target.artist(r); count(RecordType.ARTIST); }
    @Override public void album(Album r) { target.album(r); count(RecordType.ALBUM); }
    @Override public void track(Track r) { target.track(r); count(RecordType.TRACK); }
    @Override public void show(Show r) { target.show(r); count(RecordType.SHOW); }
    @Override public void episode(Episode r) { target.episode(r); count(RecordType.EPISODE); }
    @Override public void user(User r) { target.user(r); count(RecordType.USER); }
    @Override public void listen(ListenEvent r) { target.listen(r); count(RecordType.LISTEN); }
    @Override public void feedback(Feedback r) { target.feedback(r); count(RecordType.FEEDBACK); }
    @Override public void follow(Follow r) { target.follow(r); count(RecordType.FOLLOW); }
    @Override public void playCount(PlayCount r) { target.playCount(r); count(RecordType.PLAY_COUNT); }
    @Override public void tagAssignment(TagAssignment r) { target.tagAssignment(r); count(RecordType.TAG_ASSIGNMENT); }
    @Override public void playlist(Playlist r) { target.playlist(r); count(RecordType.PLAYLIST); }
    @Override public void flush() { target.flush(); }
}
