package dev.encore.products.mixes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Agglomerative clustering of weighted vectors with centroid linkage: repeatedly merges the two clusters whose
 * weighted centroids have the highest cosine similarity, while it is at least {@code threshold} or while there are
 * more than {@code maxClusters}. Deterministic (ties go to the lower indices); O(n^3) for the n <= ~60 artists of
 * one listener. Returns member indices per cluster, heaviest cluster first.
 */
final class ArtistClusters {
    private ArtistClusters() {}

    static List<int[]> cluster(float[][] vectors, double[] weights, double threshold, int maxClusters) {
        List<List<Integer>> members = new ArrayList<>();
        List<float[]> sums = new ArrayList<>();
        for (int i = 0; i < vectors.length; i++) {
            members.add(new ArrayList<>(List.of(i)));
            float[] s = vectors[i].clone();
            for (int d = 0; d < s.length; d++) s[d] *= (float) weights[i];
            sums.add(s);
        }
        while (members.size() > 1) {
            int bi = -1, bj = -1;
            double best = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    double c = TasteVectors.cosine(sums.get(i), sums.get(j));
                    if (c > best) { best = c; bi = i; bj = j; }
                }
            }
            if (best < threshold && members.size() <= maxClusters) break;
            members.get(bi).addAll(members.remove(bj));
            float[] into = sums.get(bi), from = sums.remove(bj);
            for (int d = 0; d < into.length; d++) into[d] += from[d];
        }
        List<int[]> out = new ArrayList<>();
        for (List<Integer> m : members) out.add(m.stream().mapToInt(Integer::intValue).sorted().toArray());
        out.sort(Comparator.comparingDouble((int[] c) -> -weight(c, weights)).thenComparingInt(c -> c[0]));
        return out;
    }

    static double weight(int[] cluster, double[] weights) {
        double w = 0;
        for (int i : cluster) w += weights[i];
        return w;
    }
}
