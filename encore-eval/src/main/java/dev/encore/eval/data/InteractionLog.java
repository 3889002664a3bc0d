package dev.encore.eval.data;

import dev.encore.core.matrix.InteractionMatrix;
import dev.encore.core.matrix.MatrixBuilder;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The (user, item, weight, timestamp) interactions a split works on, one entry per distinct (user, item) pair:
 * repeated events for a pair are merged on construction (weights summed, timestamp = the first event, i.e. when the
 * user discovered the item), so train and test never share a pair. Users and items are dense indices below
 * {@link #users()} / {@link #items()}; every matrix made from a log has that full shape, so train and test matrices
 * index the same users and items. {@link #NO_TIME} marks logs without timestamps (e.g. HetRec play counts).
 */
public final class InteractionLog {
    public static final long NO_TIME = Long.MIN_VALUE;

    private final int users;
    private final int items;
    private final int[] user;
    private final int[] item;
    private final float[] weight;
    private final long[] time;

    private InteractionLog(int users, int items, int[] user, int[] item, float[] weight, long[] time) {
        this.users = users;
        this.items = items;
        this.user = user;
        this.item = item;
        this.weight = weight;
        this.time = time;
    }

    /** A log of every non-zero cell of {@code m}, without timestamps. */
    public static InteractionLog of(InteractionMatrix m) {
        int n = m.nnz();
        int[] u = new int[n];
        for (int r = 0; r < m.rows(); r++) Arrays.fill(u, m.rowStart(r), m.rowEnd(r), r);
        long[] t = new long[n];
        Arrays.fill(t, NO_TIME);
        return new InteractionLog(m.rows(), m.cols(), u, m.indices().clone(), m.values().clone(), t);
    }

    public static Builder builder(int users, int items) {
        return new Builder(users, items);
    }

    public int users() { return users; }
    public int items() { return items; }
    public int size() { return user.length; }
    public int user(int i) { return user[i]; }
    public int item(int i) { return item[i]; }
    public float weight(int i) { return weight[i]; }
    public long time(int i) { return time[i]; }

    /** True when every interaction carries a timestamp (required by time-based splits). */
    public boolean timed() {
        for (long t : time) if (t == NO_TIME) return false;
        return true;
    }

    /** Entries grouped by user: entry indices of user u are {@code byUser()[ptr[u]..ptr[u+1])}, in log order. */
    public int[][] byUser() {
        int[] ptr = new int[users + 1];
        for (int u : user) ptr[u + 1]++;
        for (int u = 0; u < users; u++) ptr[u + 1] += ptr[u];
        int[] next = Arrays.copyOf(ptr, users);
        int[] order = new int[user.length];
        for (int i = 0; i < user.length; i++) order[next[user[i]]++] = i;
        return new int[][] {ptr, order};
    }

    /** The sub-log of the entries whose flag is {@code keep}, with the same shape. */
    public InteractionLog select(boolean[] flags, boolean keep) {
        if (flags.length != size()) throw new IllegalArgumentException("flags has " + flags.length + " entries, log has " + size());
        int n = 0;
        for (boolean f : flags) if (f == keep) n++;
        int[] u = new int[n], it = new int[n];
        float[] w = new float[n];
        long[] t = new long[n];
        int o = 0;
        for (int i = 0; i < flags.length; i++) {
            if (flags[i] != keep) continue;
            u[o] = user[i];
            it[o] = item[i];
            w[o] = weight[i];
            t[o] = time[i];
            o++;
        }
        return new InteractionLog(users, items, u, it, w, t);
    }

    /** The users × items matrix of this log; pairs whose weight is ≤ 0 are left out. */
    public InteractionMatrix toMatrix() {
        MatrixBuilder b = new MatrixBuilder(Math.max(16, size()));
        for (int i = 0; i < size(); i++) b.add(user[i], item[i], weight[i]);
        return b.build(users, items, true);
    }

    /** Accumulates interactions in any order; duplicates of a (user, item) pair are merged (see class doc). */
    public static final class Builder {
        private final int users;
        private final int items;
        private final Map<Long, Integer> slot = new HashMap<>();
        private int[] u = new int[64], it = new int[64];
        private float[] w = new float[64];
        private long[] t = new long[64];
        private int n;

        private Builder(int users, int items) {
            if (users < 0 || items < 0) throw new IllegalArgumentException("negative shape " + users + "x" + items);
            this.users = users;
            this.items = items;
        }

        public Builder add(int user, int item, float weight, long time) {
            if (user < 0 || user >= users) throw new IllegalArgumentException("user " + user + " outside 0.." + (users - 1) + ": size the log for every user");
            if (item < 0 || item >= items) throw new IllegalArgumentException("item " + item + " outside 0.." + (items - 1) + ": size the log for every item");
            if (!Float.isFinite(weight)) throw new IllegalArgumentException("weight of (" + user + ", " + item + ") is " + weight + ": weights must be finite");
            long key = ((long) user << 32) | item;
            Integer known = slot.get(key);
            if (known != null) {
                w[known] += weight;
                if (time != NO_TIME && (t[known] == NO_TIME || time < t[known])) t[known] = time;
                return this;
            }
            if (n == u.length) {
                int cap = n * 2;
                u = Arrays.copyOf(u, cap);
                it = Arrays.copyOf(it, cap);
                w = Arrays.copyOf(w, cap);
                t = Arrays.copyOf(t, cap);
            }
            slot.put(key, n);
            u[n] = user;
            it[n] = item;
            w[n] = weight;
            t[n] = time;
            n++;
            return this;
        }

        public InteractionLog build() {
            return new InteractionLog(users, items, Arrays.copyOf(u, n), Arrays.copyOf(it, n), Arrays.copyOf(w, n), Arrays.copyOf(t, n));
        }
    }
}
