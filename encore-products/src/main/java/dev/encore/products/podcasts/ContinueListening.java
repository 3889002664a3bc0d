package dev.encore.products.podcasts;

import dev.encore.core.domain.Episode;
import dev.encore.core.domain.ListenEvent;

import java.util.ArrayList;
import java.util.List;

/**
 * Episodes to resume: the last listen of an episode stopped at {@code ms_played} (the resume position) with more
 * than {@link #DONE_REMAINING_MS} or {@link #DONE_FRACTION} of the episode left. Listens shorter than
 * {@link #MIN_POSITION_MS} were a sample, not a start; listens with unknown ms_played give no position. Newest
 * listen first.
 */
public final class ContinueListening {
    static final long MIN_POSITION_MS = 30_000;
    static final long DONE_REMAINING_MS = 60_000;
    static final double DONE_FRACTION = 0.05;

    private ContinueListening() {}

    public static List<PodcastPick> shelf(PodcastListening listening, PodcastLibrary library, int k) {
        List<PodcastPick> out = new ArrayList<>();
        List<ListenEvent> last = new ArrayList<>(listening.lastListens().values());
        for (int i = last.size() - 1; i >= 0 && out.size() < k; i--) {
            ListenEvent e = last.get(i);
            Episode ep = library.episode(e.itemId());
            long pos = e.msPlayed();
            if (pos < MIN_POSITION_MS) continue;
            Integer duration = ep.durationMs() > 0 ? ep.durationMs() : null;
            if (duration != null) {
                long left = duration - pos;
                if (left <= DONE_REMAINING_MS || left <= DONE_FRACTION * duration) continue;
            }
            String reason = "you stopped at " + clock(pos) + (duration == null ? "" : " of " + clock(duration));
            double progress = duration == null ? 0 : (double) pos / duration;
            out.add(new PodcastPick(PodcastPick.Kind.EPISODE, ep.id(), ep.showId(), ep.title(),
                    library.show(ep.showId()).title(), reason, progress, pos, duration, ep.releaseDate(), e.listenedAt()));
        }
        return out;
    }

    /** 1:02:03 or 45:30. */
    static String clock(long ms) {
        long s = ms / 1000, h = s / 3600, m = (s % 3600) / 60, sec = s % 60;
        return h > 0 ? String.format(java.util.Locale.ROOT, "%d:%02d:%02d", h, m, sec)
                : String.format(java.util.Locale.ROOT, "%d:%02d", m, sec);
    }
}
