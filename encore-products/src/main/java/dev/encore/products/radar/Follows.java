package dev.encore.products.radar;

import java.util.Set;

/** The artists a listener follows (explicitly, or by picking them at onboarding); the server reads its social graph. */
@FunctionalInterface
public interface Follows {
    Set<String> artists(String userId);

    Follows NONE = user -> Set.of();
}
