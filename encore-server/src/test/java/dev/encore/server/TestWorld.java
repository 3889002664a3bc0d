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

    static LoadedModel model(String version) {
        Interactions in = interactions();
        return new LoadedModel(version, in, new CooccurrenceModel(in.matrix()), Map.of("algorithm", "cooc", "note", version), Instant.now());
    }
}
