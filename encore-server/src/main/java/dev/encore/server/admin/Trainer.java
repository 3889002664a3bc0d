package dev.encore.server.admin;

import dev.encore.store.EncoreStore;

/**
 * Trains a model on the data in {@code store} (the server's own, shared: do not close it) and publishes it as the
 * current version (e.g. with {@code ModelVersions.publish}); returns the version name. Supplied by whoever owns
 * training (the {@code encore} command), so the server does not depend on the training code.
 */
@FunctionalInterface
public interface Trainer {
    String trainAndPublish(EncoreStore store) throws Exception;
}
