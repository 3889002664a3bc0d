package dev.encore.server.admin;

/**
 * Trains a model on the current data and publishes it as the current version (e.g. with
 * {@code ModelVersions.publish}); returns the version name. Supplied by whoever owns training (the {@code encore}
 * command), so the server does not depend on the training code.
 */
@FunctionalInterface
public interface Trainer {
    String trainAndPublish() throws Exception;
}
