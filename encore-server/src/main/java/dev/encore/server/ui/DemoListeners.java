package dev.encore.server.ui;

import dev.encore.core.matrix.InteractionMatrix;
import dev.encore.server.auth.Role;
import dev.encore.server.auth.TokenRepository;
import dev.encore.server.serving.LoadedModel;
import dev.encore.server.serving.ModelHolder;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Demo mode only ({@code ServerConfig.demo()}): offers the served model's most active listeners as sample accounts
 * and mints a listener token for the one picked. Only listeners on the offered list get a token, and
 * {@link UiRoutes} never builds this class outside demo mode, so no other server can mint tokens from the UI.
 */
final class DemoListeners {
    static final int SAMPLES = 4;
    private final ModelHolder models;
    private final TokenRepository tokens;
    private final Map<String, String> minted = new ConcurrentHashMap<>();   // one token per sample listener, not one per click

    DemoListeners(ModelHolder models, TokenRepository tokens) {
        this.models = models;
        this.tokens = tokens;
    }

    /** The sample listeners: the served model's users with the most items, ties by id. */
    List<String> samples() {
        Optional<LoadedModel> m = models.current();
        if (m.isEmpty()) return List.of();
        InteractionMatrix mx = m.get().interactions().matrix();
        List<Integer> users = new ArrayList<>();
        for (int u = 0; u < m.get().interactions().users().size() && u < mx.rows(); u++) users.add(u);
        return users.stream()
                .sorted(Comparator.comparingInt((Integer u) -> -(mx.rowEnd(u) - mx.rowStart(u))).thenComparing(u -> m.get().interactions().users().id(u)))
                .limit(SAMPLES).map(u -> m.get().interactions().users().id(u)).toList();
    }

    /** A listener token for a sample listener, or empty when {@code user} is not one of {@link #samples()}. */
    Optional<String> tokenFor(String user) throws IOException {
        if (!samples().contains(user)) return Optional.empty();
        String t = minted.get(user);
        if (t == null) {
            t = tokens.create(Role.LISTENER, user).token();
            minted.put(user, t);
        }
        return Optional.of(t);
    }
}
