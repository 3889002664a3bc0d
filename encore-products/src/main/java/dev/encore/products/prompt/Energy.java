package dev.encore.products.prompt;

import dev.encore.core.domain.AudioFeatures;

import java.util.Locale;

/**
 * Tempo and energy wishes as hard filters on a track's audio features. Tracks without features pass only
 * {@link #ANY}: a filter that cannot be checked is not assumed to hold.
 */
public enum Energy {
    ANY, CALM, SLOW, UPBEAT;

    /** Energy at or above this is upbeat (with tempo at least {@link #UPBEAT_TEMPO}); at or below {@link #CALM_ENERGY} calm. */
    static final double UPBEAT_ENERGY = 0.6, UPBEAT_TEMPO = 105, CALM_ENERGY = 0.45, SLOW_TEMPO = 100;

    public boolean accepts(AudioFeatures a) {
        if (this == ANY) return true;
        if (a == null) return false;
        return switch (this) {
            case CALM -> a.energy() <= CALM_ENERGY;
            case SLOW -> a.tempo() <= SLOW_TEMPO;
            case UPBEAT -> a.energy() >= UPBEAT_ENERGY && a.tempo() >= UPBEAT_TEMPO;
            case ANY -> true;
        };
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
