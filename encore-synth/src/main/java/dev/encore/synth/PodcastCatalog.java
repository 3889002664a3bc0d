package dev.encore.synth;

import dev.encore.core.domain.Episode;
import dev.encore.core.domain.RecordSink;
import dev.encore.core.domain.Show;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A few podcast shows with weekly (or so) episodes up to {@code asOf}, with generated descriptions. Episodes of
 * a show are kept oldest first so a listener can pick among those already out on a given day.
 */
final class PodcastCatalog {
    final String[] showIds;
    final String[][] episodeIds;
    final long[][] episodeDay;
    final int[][] episodeDurationMs;
    private final List<Show> shows = new ArrayList<>();
    private final List<Episode> episodes = new ArrayList<>();

    /**
     * @param idPrefix  prefix of show and episode ids, e.g. {@code gen:} gives {@code gen:show:3}, {@code gen:episode:3:12}
     */
    PodcastCatalog(int showCount, long seed, LocalDate asOf, String idPrefix) {
        showIds = new String[showCount];
        episodeIds = new String[showCount][];
        episodeDay = new long[showCount][];
        episodeDurationMs = new int[showCount][];
        for (int s = 0; s < showCount; s++) {
            SplittableRandom r = Seeds.rng(seed, Seeds.PODCASTS, s);
            String topic = Names.topic(r);
            showIds[s] = idPrefix + "show:" + s;
            shows.add(new Show(showIds[s], Names.show(r, topic), Names.publisher(r),
                    "A generated podcast about " + topic + ", new episodes every week or two.", List.of(topic, "podcast"),
                    CatalogBuilder.SOURCE));
            int n = 8 + r.nextInt(33);
            int everyDays = 7 + 7 * r.nextInt(2);
            int typicalMinutes = 20 + r.nextInt(60);
            episodeIds[s] = new String[n];
            episodeDay[s] = new long[n];
            episodeDurationMs[s] = new int[n];
            long newest = asOf.toEpochDay() - r.nextInt(everyDays);
            for (int e = 0; e < n; e++) {
                long day = newest - (long) (n - 1 - e) * everyDays;
                int minutes = (int) Math.max(5, Math.round(typicalMinutes * Math.exp(Seeds.gaussian(r) * 0.25)));
                episodeIds[s][e] = idPrefix + "episode:" + s + ":" + (e + 1);
                episodeDay[s][e] = day;
                episodeDurationMs[s][e] = minutes * 60_000;
                episodes.add(new Episode(episodeIds[s][e], showIds[s], Names.episodeTitle(r, e + 1),
                        Names.episodeDescription(r, topic), episodeDurationMs[s][e], LocalDate.ofEpochDay(day), CatalogBuilder.SOURCE));
            }
        }
    }

    void emit(RecordSink sink) {
        shows.forEach(sink::show);
        episodes.forEach(sink::episode);
    }

    int showCount() {
        return showIds.length;
    }

    int episodeCount() {
        return episodes.size();
    }

    /**
     * An episode of {@code show} already out on {@code epochDay}, usually one of the three newest; -1 if none.
     */
    int pickEpisode(int show, long epochDay, SplittableRandom r) {
        long[] days = episodeDay[show];
        int latest = -1;
        for (int e = days.length - 1; e >= 0; e--) {
            if (days[e] <= epochDay) {
                latest = e;
                break;
            }
        }
        if (latest < 0) return -1;
        int back = r.nextDouble() < 0.8 ? r.nextInt(3) : r.nextInt(latest + 1);
        return Math.max(0, latest - back);
    }
}
