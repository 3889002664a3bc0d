package dev.encore.ml.knn;

import dev.encore.core.matrix.InteractionMatrix;
import dev.encore.core.matrix.MatrixBuilder;

/**
 * Folds a user × track matrix into a user × artist matrix, summing each user's weights over an artist's tracks.
 * Fit {@link ItemKnnRecommender} on the result for artist–artist similarity ("fans also like"), or give it to
 * {@link TasteMatch} to compare listeners by artist taste. Data that is already per artist (HetRec's
 * user_artists) needs no folding: build the matrix with artist ids as items.
 */
public final class ArtistMatrix {
    private ArtistMatrix() {}

    /**
     * @param artistOfTrack dense artist index of each dense track (its primary artist), -1 when unknown (skipped)
     * @param artistCount   number of dense artists; the result has this many columns
     */
    public static InteractionMatrix fromTracks(InteractionMatrix userTrack, int[] artistOfTrack, int artistCount) {
        if (artistOfTrack.length != userTrack.cols())
            throw new IllegalArgumentException("artistOfTrack has " + artistOfTrack.length + " entries but the matrix has "
                    + userTrack.cols() + " tracks: pass one artist index (or -1) per dense track");
        MatrixBuilder b = new MatrixBuilder(userTrack.nnz());
        for (int u = 0; u < userTrack.rows(); u++) {
            for (int p = userTrack.rowStart(u); p < userTrack.rowEnd(u); p++) {
                int a = artistOfTrack[userTrack.indices()[p]];
                if (a < -1 || a >= artistCount)
                    throw new IllegalArgumentException("track " + userTrack.indices()[p] + " maps to artist " + a
                            + ", outside 0.." + (artistCount - 1) + " (use -1 for unknown)");
                if (a >= 0) b.add(u, a, userTrack.values()[p]);
            }
        }
        return b.build(userTrack.rows(), artistCount, true);
    }
}
