package dev.encore.products.onboarding;

import dev.encore.core.matrix.InteractionMatrix;
import dev.encore.ml.serving.ModelBundle;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The bundle's items ranked by how many listeners of one country played them, for listeners without history;
 * a country with fewer than {@code minListeners} listeners (or none given) gets the global ranking. Computed once
 * per bundle from the interaction matrix and each user's country.
 */
public final class RegionalPopularity {
    private final Map<String, int[]> byCountry = new HashMap<>();
    private final int[] global;

    public RegionalPopularity(ModelBundle bundle, Function<String, String> countryOfUser, int minListeners) {
        InteractionMatrix m = bundle.interactions().matrix();
        Map<String, int[]> counts = new HashMap<>();
        Map<String, Integer> listeners = new HashMap<>();
        int[] all = new int[m.cols()];
        for (int u = 0; u < m.rows(); u++) {
            String c = countryOfUser.apply(bundle.interactions().users().id(u));
            int[] cc = c == null || c.isBlank() ? null : counts.computeIfAbsent(c.toUpperCase(Locale.ROOT), k -> new int[m.cols()]);
            if (cc != null) listeners.merge(c.toUpperCase(Locale.ROOT), 1, Integer::sum);
            for (int p = m.rowStart(u); p < m.rowEnd(u); p++) {
                all[m.indices()[p]]++;
                if (cc != null) cc[m.indices()[p]]++;
            }
        }
        global = ranked(all);
        counts.forEach((c, cc) -> { if (listeners.get(c) >= minListeners) byCountry.put(c, ranked(cc)); });
    }

    /** Items with at least one listener, most listeners first (ties by index), for the country or globally. */
    public int[] ranked(String country) {
        int[] r = country == null ? null : byCountry.get(country.toUpperCase(Locale.ROOT));
        return r != null ? r : global;
    }

    /** Whether the country has its own ranking (else {@link #ranked} falls back to the global one). */
    public boolean knows(String country) {
        return country != null && byCountry.containsKey(country.toUpperCase(Locale.ROOT));
    }

    private static int[] ranked(int[] counts) {
        return IntStream.range(0, counts.length).filter(i -> counts[i] > 0).boxed()
                .sorted((a, b) -> counts[a] != counts[b] ? Integer.compare(counts[b], counts[a]) : Integer.compare(a, b))
                .mapToInt(Integer::intValue).toArray();
    }
}
