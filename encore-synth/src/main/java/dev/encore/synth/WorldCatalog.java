package dev.encore.synth;

import java.util.SplittableRandom;

/**
 * The generated catalog as flat arrays, which is what listening simulation needs: a track's artist, album,
 * cluster, length and popularity, and per-cluster samplers. Tracks of an album, and albums of an artist, are
 * contiguous index ranges. Read-only once built, so simulation threads share it.
 */
final class WorldCatalog {
    final String[] trackIds;
    final int[] trackArtist;
    final int[] trackAlbum;
    final int[] trackCluster;
    final int[] trackDurationMs;
    /** Popularity within the track's cluster; sums to 1 per cluster (the planted P(track | cluster)). */
    final double[] trackPopularity;
    final String[] artistIds;
    final int[] artistFirstTrack;
    final int[] artistTrackCount;
    final String[] albumIds;
    final int[] albumFirstTrack;
    final int[] albumTrackCount;
    private final Alias[] clusterSamplers;
    private final int[][] clusterTracks;

    WorldCatalog(String[] trackIds, int[] trackArtist, int[] trackAlbum, int[] trackCluster, int[] trackDurationMs,
                 double[] rawPopularity, String[] artistIds, int[] artistFirstTrack, int[] artistTrackCount,
                 String[] albumIds, int[] albumFirstTrack, int[] albumTrackCount, int clusters) {
        this.trackIds = trackIds;
        this.trackArtist = trackArtist;
        this.trackAlbum = trackAlbum;
        this.trackCluster = trackCluster;
        this.trackDurationMs = trackDurationMs;
        this.artistIds = artistIds;
        this.artistFirstTrack = artistFirstTrack;
        this.artistTrackCount = artistTrackCount;
        this.albumIds = albumIds;
        this.albumFirstTrack = albumFirstTrack;
        this.albumTrackCount = albumTrackCount;
        int[] sizes = new int[clusters];
        for (int c : trackCluster) sizes[c]++;
        clusterTracks = new int[clusters][];
        for (int c = 0; c < clusters; c++) clusterTracks[c] = new int[sizes[c]];
        int[] fill = new int[clusters];
        for (int t = 0; t < trackCluster.length; t++) clusterTracks[trackCluster[t]][fill[trackCluster[t]]++] = t;
        clusterSamplers = new Alias[clusters];
        trackPopularity = new double[rawPopularity.length];
        for (int c = 0; c < clusters; c++) {
            if (sizes[c] == 0) continue;
            double[] w = new double[sizes[c]];
            double sum = 0;
            for (int i = 0; i < w.length; i++) sum += w[i] = rawPopularity[clusterTracks[c][i]];
            for (int i = 0; i < w.length; i++) trackPopularity[clusterTracks[c][i]] = w[i] / sum;
            clusterSamplers[c] = new Alias(w);
        }
    }

    int tracks() {
        return trackIds.length;
    }

    boolean hasTracks(int cluster) {
        return clusterSamplers[cluster] != null;
    }

    /** A track of {@code cluster} drawn by popularity; the cluster must have tracks. */
    int sample(int cluster, SplittableRandom r) {
        return clusterTracks[cluster][clusterSamplers[cluster].sample(r)];
    }

    /** A track by the same artist as {@code track}: the most popular of three random picks, so hits come back. */
    int sameArtist(int track, SplittableRandom r) {
        int a = trackArtist[track];
        int best = artistFirstTrack[a] + r.nextInt(artistTrackCount[a]);
        for (int i = 0; i < 2; i++) {
            int t = artistFirstTrack[a] + r.nextInt(artistTrackCount[a]);
            if (trackPopularity[t] > trackPopularity[best]) best = t;
        }
        return best;
    }
}
