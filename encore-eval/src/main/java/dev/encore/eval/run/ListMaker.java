package dev.encore.eval.run;

import dev.encore.core.matrix.InteractionMatrix;
import dev.encore.ml.ItemFilter;
import dev.encore.ml.Model;
import dev.encore.ml.ScoredItem;
import dev.encore.ml.UserQuery;

import java.util.BitSet;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;

/**
 * Asks a trained model for each test user's list, in parallel over users: full ranking over every item of the
 * matrix, the user's training items excluded. Each list lands at its user's position, so the output does not
 * depend on thread scheduling. A model that returns a training item, an item twice or an index out of range is
 * a bug in that model, reported with its name and the user.
 */
final class ListMaker {
    private ListMaker() {}

    static int[][] lists(String name, Model model, InteractionMatrix train, int[] users, IntUnaryOperator depth,
                         int threads, Progress progress) {
        return lists(name, model, train, null, users, depth, threads, progress);
    }

    /** As above, also leaving out each user's {@code unranked} items (null: none). */
    static int[][] lists(String name, Model model, InteractionMatrix train, InteractionMatrix unranked, int[] users,
                         IntUnaryOperator depth, int threads, Progress progress) {
        int[][] out = new int[users.length][];
        AtomicInteger done = new AtomicInteger();
        int step = Math.max(1, users.length / 100);
        String stage = "recommend " + name;
        progress.update(stage, 0, users.length);
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> IntStream.range(0, users.length).parallel().forEach(p -> {
                out[p] = one(name, model, train, unranked, users[p], depth.applyAsInt(p));
                int d = done.incrementAndGet();
                if (d % step == 0 || d == users.length) progress.update(stage, d, users.length);
            })).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("evaluation interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) throw r;
            throw new IllegalStateException(c);
        } finally {
            pool.shutdown();
        }
        return out;
    }

    private static int[] one(String name, Model model, InteractionMatrix train, InteractionMatrix unranked, int user, int k) {
        int[] history = train.rowIndices(user);
        int[] excluded = history;
        if (unranked != null && unranked.rowNnz(user) > 0) {
            int[] more = unranked.rowIndices(user);
            excluded = java.util.Arrays.copyOf(history, history.length + more.length);
            System.arraycopy(more, 0, excluded, history.length, more.length);
        }
        List<ScoredItem> recs = model.recommend(UserQuery.of(user, train), k, ItemFilter.excluding(excluded));
        int n = Math.min(k, recs.size());
        int[] items = new int[n];
        BitSet seen = new BitSet(train.cols());
        for (int i = 0; i < n; i++) {
            int it = recs.get(i).item();
            if (it < 0 || it >= train.cols())
                throw new IllegalStateException("model " + name + " returned item " + it + " for user " + user + ", outside 0.." + (train.cols() - 1));
            if (seen.get(it)) throw new IllegalStateException("model " + name + " returned item " + it + " twice for user " + user);
            if (train.contains(user, it))
                throw new IllegalStateException("model " + name + " returned training item " + it + " for user " + user + " despite the filter");
            if (unranked != null && unranked.contains(user, it))
                throw new IllegalStateException("model " + name + " returned validation item " + it + " for user " + user + " despite the filter");
            seen.set(it);
            items[i] = it;
        }
        return items;
    }
}
