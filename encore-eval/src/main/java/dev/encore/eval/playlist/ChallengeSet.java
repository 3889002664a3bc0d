package dev.encore.eval.playlist;

import dev.encore.core.matrix.InteractionMatrix;
import dev.encore.core.matrix.MatrixBuilder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A playlist-continuation challenge built from playlists, in the manner of the MPD challenge set: for each seed
 * count N (default {0, 1, 5, 10, 25, 100}, the challenge's "first N tracks" categories; N = 0 is title only), draw
 * up to {@code perCategory} playlists (seeded, each used once) that have a title when N = 0 and more than N
 * tracks; their first N tracks are the seeds and the rest are hidden. Every other playlist is training data
 * (a playlists × tracks matrix); challenge playlists are not in it, so models see their seeds only through the
 * query, as in the challenge.
 */
public final class ChallengeSet {
    public static final int[] CATEGORIES = {0, 1, 5, 10, 25, 100};

    /** One challenge playlist: {@code seeds} in playlist order, {@code hidden} the rest (the ground truth). */
    public record Task(int playlist, String title, int category, int[] seeds, int[] hidden) {}

    private final InteractionMatrix train;
    private final List<Task> tasks;

    private ChallengeSet(InteractionMatrix train, List<Task> tasks) {
        this.train = train;
        this.tasks = tasks;
    }

    public InteractionMatrix train() { return train; }
    public List<Task> tasks() { return tasks; }

    /**
     * @param playlists track indices of each playlist, in order (tracks below {@code tracks})
     * @param titles    title of each playlist (null or blank = none)
     */
    public static ChallengeSet build(List<int[]> playlists, List<String> titles, int tracks, int[] categories,
                                     int perCategory, long seed) {
        if (playlists.size() != titles.size())
            throw new IllegalArgumentException(playlists.size() + " playlists but " + titles.size() + " titles: give one title (or null) per playlist");
        boolean[] used = new boolean[playlists.size()];
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Task> tasks = new ArrayList<>();
        int[] order = java.util.stream.IntStream.range(0, playlists.size()).toArray();
        // Largest N first: long playlists are rarest, so they go to the categories that need them.
        int[] cats = Arrays.stream(categories).sorted().toArray();
        for (int c = cats.length - 1; c >= 0; c--) {
            int n = cats[c];
            shuffle(order, rnd);
            int taken = 0;
            for (int p : order) {
                if (taken == perCategory) break;
                if (used[p] || distinct(playlists.get(p)) <= n) continue;
                if (n == 0 && (titles.get(p) == null || titles.get(p).isBlank())) continue;
                int[] t = playlists.get(p);
                int[] seeds = Arrays.copyOf(t, n);
                int[] seedSorted = Arrays.stream(seeds).distinct().sorted().toArray();
                // Repeats of a seed track in the rest are not something to predict.
                int[] hidden = Arrays.stream(t, n, t.length).filter(x -> Arrays.binarySearch(seedSorted, x) < 0).distinct().toArray();
                if (hidden.length == 0) continue;
                used[p] = true;
                tasks.add(new Task(p, titles.get(p), n, seeds, hidden));
                taken++;
            }
        }
        tasks.sort((a, b) -> a.category != b.category ? Integer.compare(a.category, b.category) : Integer.compare(a.playlist, b.playlist));
        MatrixBuilder mb = new MatrixBuilder();
        int row = 0;
        for (int p = 0; p < playlists.size(); p++) {
            if (used[p]) continue;
            for (int t : playlists.get(p)) {
                if (t < 0 || t >= tracks) throw new IllegalArgumentException("playlist " + p + " has track " + t + " outside 0.." + (tracks - 1));
                mb.add(row, t, 1f);
            }
            row++;
        }
        // Repeated tracks within a playlist sum; clamp to binary membership.
        InteractionMatrix m = mb.build(row, tracks, true);
        Arrays.fill(m.values(), 1f);
        return new ChallengeSet(m, List.copyOf(tasks));
    }

    private static int distinct(int[] t) {
        return (int) Arrays.stream(t).distinct().count();
    }

    private static void shuffle(int[] a, SplittableRandom rnd) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int tmp = a[i];
            a[i] = a[j];
            a[j] = tmp;
        }
    }
}
