package dev.encore.server;

import dev.encore.core.matrix.ConfidenceWeighting;
import dev.encore.core.matrix.Interactions;
import dev.encore.core.matrix.InteractionsBuilder;
import dev.encore.server.serving.LoadedModel;

import java.time.Instant;
import java.util.Map;

/**
 * Two taste clusters: rock fans u1..u3 play r1..r4, jazz fans u4..u6 play j1..j4. u1 has heard only r1, r2, so its
 * recommendations are r3, r4 first. Item j4 was heard by u6 only, so similar(j1) still lists it.
 */
final class TestWorld {
    private TestWorld() {}

    static Interactions interactions() {
        InteractionsBuilder b = new InteractionsBuilder(ConfidenceWeighting.defaults());
        String[][] rows = {
                {"u1", "r1", "r2"}, {"u2", "r1", "r2", "r3"}, {"u3", "r1", "r3", "r4"},
                {"u4", "j1", "j2", "j3"}, {"u5", "j1", "j2", "j3"}, {"u6", "j1", "j3", "j4"}};
        for (String[] row : rows)
            for (int i = 1; i < row.length; i++) b.add(row[0], row[i], 1f);
        return b.build();
    }

    /**
     * Two genres for models that need more data (ALS): rock0..rock39 each play 8 of r0..r19, jazz0..jazz39 8 of
     * j0..j19, chosen with a seeded random.
     */
    static Interactions genres(long seed) {
        java.util.Random rnd = new java.util.Random(seed);
        InteractionsBuilder b = new InteractionsBuilder(ConfidenceWeighting.defaults());
        for (String genre : new String[]{"rock", "jazz"}) {
            for (int u = 0; u < 40; u++) {
                java.util.Set<Integer> picked = new java.util.TreeSet<>();
                while (picked.size() < 8) picked.add(rnd.nextInt(20));
                for (int i : picked) b.add(genre + u, genre.charAt(0) + Integer.toString(i), 1f);
            }
        }
        return b.build();
    }

    static LoadedModel model(String version) {
        Interactions in = interactions();
        return new LoadedModel(version, in, new CooccurrenceModel(in.matrix()), Map.of("algorithm", "cooc", "note", version), Instant.now());
    }
}
