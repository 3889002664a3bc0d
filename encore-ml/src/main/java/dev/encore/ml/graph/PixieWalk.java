package dev.encore.ml.graph;

import dev.encore.core.matrix.InteractionMatrix;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * One query's walks. From each pin (a query item) it takes its share of the steps: pick a random listener of the
 * current item, then a random item of that listener, count the visit, and with probability {@code restart} jump
 * back to the pin. Each pin's walk draws from its own generator seeded by (seed, pin), so results depend only on
 * the pins, weights and parameters: the same query always gets the same answer, whatever user index it carries.
 */
final class PixieWalk {
    final float[] score;           // combined score per item (0 when never visited)
    final int[] touched;           // items with a visit, in first-visit order
    final int touchedCount;
    private final int[][] pinItems;  // per pin: visited items ascending
    private final int[][] pinCounts; // per pin: their visit counts

    PixieWalk(InteractionMatrix users, InteractionMatrix items, int[] pinItems, float[] pinWeights, WalkParams p) {
        int n = items.rows();
        score = new float[n];
        touched = new int[n];
        this.pinItems = new int[pinItems.length][];
        this.pinCounts = new int[pinItems.length][];
        double totalWeight = 0;
        for (float w : pinWeights) totalWeight += Math.max(0, w);
        int[] visits = new int[n];
        int[] pinTouched = new int[n];
        boolean[] seen = new boolean[n];
        int count = 0;
        float[] combined = new float[n];
        for (int q = 0; q < pinItems.length; q++) {
            this.pinItems[q] = new int[0];
            this.pinCounts[q] = new int[0];
            if (!(pinWeights[q] > 0) || totalWeight == 0) continue;
            int steps = (int) Math.max(1, Math.round(p.steps() * pinWeights[q] / totalWeight));
            int t = walk(users, items, pinItems[q], steps, p, visits, pinTouched);
            Arrays.sort(pinTouched, 0, t);
            this.pinItems[q] = Arrays.copyOf(pinTouched, t);
            this.pinCounts[q] = new int[t];
            for (int x = 0; x < t; x++) {
                int item = pinTouched[x];
                this.pinCounts[q][x] = visits[item];
                combined[item] += p.boost() ? (float) Math.sqrt(visits[item]) : visits[item];
                visits[item] = 0;
                if (!seen[item]) {
                    seen[item] = true;
                    touched[count++] = item;
                }
            }
        }
        touchedCount = count;
        float norm = 1f / p.steps();
        for (int x = 0; x < count; x++) {
            int item = touched[x];
            score[item] = (p.boost() ? combined[item] * combined[item] : combined[item]) * norm;
        }
    }

    /** Walks from {@code pin} for {@code steps} visits; returns how many distinct items it visited. */
    private static int walk(InteractionMatrix users, InteractionMatrix items, int pin, int steps, WalkParams p,
                            int[] visits, int[] touched) {
        if (items.rowNnz(pin) == 0) return 0;
        SplittableRandom rng = new SplittableRandom(p.seed() * 0x9E3779B97F4A7C15L + pin);
        int t = 0, cur = pin;
        for (int s = 0; s < steps; s++) {
            int u = items.indices()[items.rowStart(cur) + rng.nextInt(items.rowNnz(cur))];
            int next = users.indices()[users.rowStart(u) + rng.nextInt(users.rowNnz(u))];
            if (visits[next]++ == 0) touched[t++] = next;
            cur = rng.nextDouble() < p.restart() ? pin : next;
        }
        return t;
    }

    /** Visits from the pin at position {@code q} to {@code item}. */
    int visits(int q, int item) {
        int x = Arrays.binarySearch(pinItems[q], item);
        return x >= 0 ? pinCounts[q][x] : 0;
    }

    record WalkParams(int steps, double restart, boolean boost, long seed) {}
}
