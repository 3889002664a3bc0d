package dev.encore.server.serving;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * When a model's training data was read, from its manifest: {@code dataReadAt} if the trainer records it, else
 * {@code trainedAt} minus {@code trainingSeconds} (the start of fitting, just after the data was read).
 * Empty when the manifest says neither: then nothing is pruned from the real-time overlay.
 */
public final class TrainingCutoff {
    private TrainingCutoff() {}

    public static Optional<Instant> of(Map<String, Object> manifest) {
        Optional<Instant> read = instant(manifest.get("dataReadAt"));
        if (read.isPresent()) return read;
        Optional<Instant> trained = instant(manifest.get("trainedAt"));
        if (trained.isEmpty()) return Optional.empty();
        Object secs = manifest.get("trainingSeconds");
        long ms = secs instanceof Number n ? (long) Math.ceil(n.doubleValue() * 1000) : 0;
        return Optional.of(trained.get().minusMillis(ms));
    }

    private static Optional<Instant> instant(Object v) {
        if (!(v instanceof String s)) return Optional.empty();
        try {
            return Optional.of(Instant.parse(s));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
